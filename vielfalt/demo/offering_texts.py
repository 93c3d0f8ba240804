"""Translations of demo offerings, where real providers would have them.

Language courses, counselling, parent cafés, midwife consultations and
homework help in the languages the families who use them speak: Turkish,
Arabic, Ukrainian and English. ``load()`` writes them with update_or_create on
(offering, language), so loading twice changes nothing and duplicates nothing.
Each entry: offering key (see offerings.OFFERINGS) -> language -> (name, short
description).
"""

from django.db import transaction
from django.utils.translation import gettext as _

from vielfalt.offerings.models import Offering, OfferingText

from .offerings import PREFIX

# fmt: off
TEXTS = {
    "willkommensbesuch": {
        "en": ("Welcome visit for newborns", "A specialist from the town visits families after the birth and brings information and a small gift."),
        "tr": ("Yeni doğan bebekler için hoş geldin ziyareti", "Belediyeden bir uzman doğumdan sonra aileleri ziyaret eder, bilgi ve küçük bir hediye getirir."),
        "ar": ("زيارة ترحيب بالمواليد الجدد", "تزور مختصة من البلدية العائلات بعد الولادة وتحضر معها معلومات وهدية صغيرة."),
    },
    "familienbuero": {
        "en": ("Family office: advice on day-care places and parental allowance", "Help with finding a day-care place, with parental allowance (Elterngeld) and with applications for families."),
    },
    "bibliothek-vorlesen": {
        "en": ("Multilingual story time at the town library", "Stories in German and a second language for children from 3 and their parents."),
        "tr": ("Şehir kütüphanesinde çok dilli okuma saati", "3 yaş üstü çocuklar ve ebeveynleri için Almanca ve ikinci bir dilde hikâyeler."),
        "ar": ("ساعة قراءة متعددة اللغات في مكتبة المدينة", "قصص باللغة الألمانية وبلغة ثانية للأطفال من عمر 3 سنوات وأهاليهم."),
        "uk": ("Багатомовні читання в міській бібліотеці", "Історії німецькою та ще однією мовою для дітей від 3 років і їхніх батьків."),
    },
    "bibliothek-lesestart": {
        "tr": ("Üç yaşındaki çocuklar için Lesestart kitap seti", "Kütüphanede üç yaşında çocuğu olan aileler, kitap okuma önerileriyle birlikte ücretsiz bir kitap paketi alır."),
        "ar": ("حقيبة «بداية القراءة» للأطفال في الثالثة", "تحصل العائلات التي لديها أطفال في الثالثة من العمر على حقيبة كتب مجانية في المكتبة مع نصائح للقراءة بصوت عالٍ."),
    },
    "uebergang-sprechstunde": {
        "en": ("Advice on the step from school to work", "Advice for young people who do not know what to do after school."),
        "ar": ("استشارة الانتقال من المدرسة إلى العمل", "استشارة للشباب الذين لا يعرفون ماذا يفعلون بعد المدرسة."),
    },
    "bewerbungstraining-jugend": {
        "ar": ("تدريب على طلبات التوظيف للشباب", "السيرة الذاتية ورسالة التقديم ومقابلة العمل: نتدرب معًا، مع صور لطلب التقديم."),
        "uk": ("Тренінг із працевлаштування для молоді", "Резюме, супровідний лист і співбесіда: тренуємося разом, із фото для заявки."),
    },
    "jobcafe-zugewanderte": {
        "ar": ("مقهى العمل للقادمين الجدد", "استشارة مفتوحة حول العمل والاعتراف بالشهادات والتدريب المهني، مع القهوة والشاي."),
        "uk": ("Кафе з питань роботи для мігрантів", "Відкрита консультація щодо роботи, визнання дипломів і підвищення кваліфікації за кавою та чаєм."),
    },
    "elterncafe-sonnenblume": {
        "tr": ("Sonnenblume Veli Kafesi", "Ebeveynler için kahve, oyun köşesi ve sorulara zaman ayrılan açık bir buluşma yeri."),
        "ar": ("مقهى الأهل «زهرة الشمس»", "ملتقى مفتوح للأهل مع القهوة وركن للعب ووقت للأسئلة."),
    },
    "krabbelgruppe-sonnenblume": {
        "tr": ("Sonnenblume Emekleme Grubu", "6-18 aylık bebeği olan ebeveynler oynamak, şarkı söylemek ve sohbet etmek için buluşur."),
    },
    "sprachfoerderung-sonnenblume": {
        "tr": ("Kreş gününde dil desteği", "Küçük gruplarda oyunla Almanca öğrenme, evde ebeveynler için fikirlerle birlikte."),
        "ar": ("دعم اللغة في الحياة اليومية للروضة", "تعلّم اللغة الألمانية باللعب في مجموعات صغيرة، مع أفكار للأهل في البيت."),
    },
    "rucksack-sonnenblume": {
        "tr": ("Rucksack veli kursu", "Ebeveynler, çocuklarının dilini hem Almancada hem de aile dilinde nasıl güçlendireceklerini öğrenir."),
        "ar": ("دورة الأهل «روكزاك»", "يتعلم الأهل كيف يقوّون لغة طفلهم، بالألمانية وبلغة العائلة."),
    },
    "elterncafe-regenbogen": {
        "ar": ("مقهى الأهل الدولي «قوس قزح»", "يلتقي أهالٍ من بلدان كثيرة، يتحدثون ويتعرفون على الروضة بشكل أفضل."),
        "uk": ("Міжнародне кафе для батьків «Веселка»", "Батьки з різних країн зустрічаються, спілкуються і краще знайомляться з дитсадком."),
    },
    "kita-einstieg-regenbogen": {
        "ar": ("بداية الروضة: مجموعة لعب قبل الروضة", "الأطفال الذين ليس لديهم مكان في الروضة بعد يتعرفون عليها في مجموعة لعب."),
        "uk": ("Перші кроки в дитсадок: ігрова група", "Діти, які ще не мають місця в дитсадку, знайомляться з ним в ігровій групі."),
    },
    "hausaufgaben-lindenplatz": {
        "ar": ("المساعدة في الواجبات المدرسية في ليندنبلاتس", "يساعد متطوعون أطفال الصفوف من الأول إلى الرابع في واجباتهم المدرسية."),
    },
    "elterncafe-lindenplatz": {
        "tr": ("İlkokulda veli kafesi", "Ebeveynler Almanya'da okulun nasıl işlediğini öğrenir ve diğer velilerle tanışır."),
        "ar": ("مقهى الأهل في المدرسة الابتدائية", "يتعرف الأهل على طريقة عمل المدرسة في ألمانيا ويلتقون بأهالٍ آخرين."),
        "uk": ("Кафе для батьків у початковій школі", "Батьки дізнаються, як працює школа в Німеччині, і знайомляться з іншими батьками."),
    },
    "hausaufgaben-morsbach": {
        "tr": ("Türkçe ve Almanca ödev yardımı", "Mahalleden annelerle birlikte iki dilde ödev yardımı."),
    },
    "schulsozialarbeit-morsbach": {
        "en": ("School social work in Morsbach", "Someone to talk to for children and parents with worries at school or at home."),
    },
    "lernbuero-wurmtal": {
        "ar": ("مكتب التعلم: مساعدة في الواجبات للصفوف من الخامس إلى السابع", "يساعد طلاب أكبر سنًا الطلاب الأصغر في الواجبات والدراسة."),
        "uk": ("Навчальне бюро: допомога з домашніми завданнями для 5–7 класів", "Старші учні допомагають молодшим із домашніми завданнями та навчанням."),
    },
    "seiteneinsteiger-wurmtal": {
        "uk": ("Німецька для учнів, які щойно приїхали", "Підлітки, які нещодавно приїхали до Німеччини, вивчають німецьку в окремому класі."),
        "ar": ("دروس اللغة الألمانية للطلاب القادمين حديثًا", "يتعلم اليافعون الذين وصلوا حديثًا إلى ألمانيا اللغة الألمانية في صف خاص."),
    },
    "internationale-foerderklasse": {
        "ar": ("الصف الدولي للدعم", "تعلّم الألمانية والحصول على شهادة مدرسية، للشباب القادمين حديثًا من 16 إلى 18 عامًا."),
        "uk": ("Міжнародний підготовчий клас", "Вивчити німецьку та здобути шкільний атестат: для молодих мігрантів від 16 до 18 років."),
    },
    "bewerbungscafe-bk": {
        "en": ("Job application café", "Help with applications for apprenticeships and jobs, with computers and a printer."),
    },
    "familienberatung": {
        "en": ("Family counselling", "Counselling for families going through difficult times, free of charge and confidential."),
        "tr": ("Aile danışmanlığı", "Zor dönemlerden geçen aileler için ücretsiz ve gizli danışmanlık."),
    },
    "erziehungsberatung-arabisch": {
        "ar": ("استشارة تربوية باللغة العربية", "مستشارة ناطقة بالعربية تقدم للأهل الاستشارة في التربية والمدرسة."),
    },
    "jugendberatung": {
        "en": ("Counselling for young people", "Young people can come on their own, even without their parents knowing."),
    },
    "jugendtreff-offen": {
        "tr": ("Scherberg Açık Gençlik Merkezi", "10 yaş üstü gençler için bilardo, langırt, yemek, müzik ve onları dinleyen biri."),
        "ar": ("نادي الشباب المفتوح في شيربيرغ", "بلياردو وكرة طاولة وطبخ وموسيقى وشخص يستمع إليك، للشباب من عمر 10 سنوات."),
    },
    "hausaufgaben-jugendtreff": {
        "tr": ("Gençlik merkezinde ödev yardımı", "Bilgisayar ve yazıcı ile ödevlerde ve sunumlarda yardım."),
        "ar": ("المساعدة في الواجبات في نادي الشباب", "مساعدة في الواجبات المدرسية والعروض التقديمية، مع أجهزة كمبيوتر وطابعة."),
    },
    "schuldnerberatung": {
        "tr": ("Borç danışmanlığı", "Borçlar başınızdan aştığında yardım: mali durumunuza birlikte bakıyoruz."),
    },
    "wohnungsberatung": {
        "ar": ("استشارة السكن", "مساعدة في البحث عن سكن وعقد الإيجار والتكاليف الإضافية وشهادة استحقاق السكن."),
        "uk": ("Консультація з питань житла", "Допомога з пошуком житла, договором оренди, комунальними платежами та довідкою на соціальне житло (WBS)."),
    },
    "fruehe-hilfen-weiden": {
        "en": ("Early help: family midwife", "A family midwife supports pregnant women and young families in difficult circumstances, at home."),
        "ar": ("المساعدة المبكرة: قابلة الأسرة", "ترافق قابلة الأسرة الحوامل والعائلات الشابة في الظروف الصعبة، في المنزل."),
    },
    "beratung-gefluechtete": {
        "ar": ("استشارة للاجئين", "مساعدة في إجراءات اللجوء والإقامة ورسائل الدوائر الرسمية والبحث عن دورات اللغة."),
        "uk": ("Консультація для біженців", "Допомога з процедурою надання притулку, дозволом на проживання, листами з установ і пошуком мовних курсів."),
    },
    "jugendmigrationsdienst": {
        "en": ("Youth migration service", "Advice for young newcomers aged 12 to 27 on school, training and everyday life."),
        "ar": ("خدمة الشباب المهاجرين", "استشارة للشباب القادمين الجدد من 12 إلى 27 عامًا حول المدرسة والتدريب المهني والحياة اليومية."),
        "uk": ("Молодіжна міграційна служба", "Консультації для молодих мігрантів від 12 до 27 років щодо школи, професійного навчання та повсякденного життя."),
    },
    "frauencafe-international": {
        "tr": ("Uluslararası Kadın Kafesi", "Birçok ülkeden kadınlar buluşur, sohbet eder, güler ve birbirine yardım eder."),
        "ar": ("المقهى الدولي للنساء", "تلتقي نساء من بلدان كثيرة، يتحدثن ويضحكن ويساعدن بعضهن بعضًا."),
        "uk": ("Міжнародне жіноче кафе", "Жінки з різних країн зустрічаються, спілкуються, сміються і допомагають одна одній."),
    },
    "integrationskurs": {
        "en": ("Integration course", "German course and orientation course with a final exam, in the mornings."),
        "ar": ("دورة الاندماج", "دورة لغة ألمانية ودورة توجيهية مع امتحان نهائي، في الفترة الصباحية."),
        "uk": ("Інтеграційний курс", "Курс німецької мови та орієнтаційний курс із підсумковим іспитом, у першій половині дня."),
    },
    "elternintegrationskurs": {
        "tr": ("Çocuk bakımlı veli uyum kursu", "Çocuklara bakılırken ebeveynler için sabahları uyum kursu."),
        "ar": ("دورة اندماج للأهل مع رعاية الأطفال", "دورة اندماج صباحية للأهل، بينما يُعتنى بالأطفال."),
        "uk": ("Інтеграційний курс для батьків із доглядом за дітьми", "Інтеграційний курс для батьків зранку, поки за дітьми доглядають."),
    },
    "sprachkurs-eltern": {
        "tr": ("Ebeveynler için dil kursu", "Çocuklarla günlük hayat için Almanca: kreş, okul, doktor ve veli görüşmeleri."),
        "ar": ("دورة لغة للأهل", "اللغة الألمانية للحياة اليومية مع الأطفال: الروضة والمدرسة والطبيب ولقاءات الأهل."),
    },
    "deutschkurs-ukrainisch": {
        "uk": ("Курс німецької мови для українок і українців", "Німецька з нуля з викладачкою, яка також говорить українською."),
    },
    "sprachcafe-bibliothek": {
        "en": ("Language café", "Practise speaking German, with no exam at all, over coffee and tea."),
        "uk": ("Мовне кафе", "Практика розмовної німецької без жодних іспитів, за кавою та чаєм."),
        "ar": ("مقهى اللغة", "تدرّب على التحدث بالألمانية دون أي امتحان، مع القهوة والشاي."),
    },
    "hebammensprechstunde": {
        "en": ("Midwife consultation", "Drop-in consultation for pregnant women and new parents: questions about pregnancy, birth and the weeks after."),
    },
    "hebammensprechstunde-arabisch": {
        "ar": ("استشارة القابلة مع مترجمة", "استشارة القابلة بحضور مترجمة للعربية والفارسية."),
    },
    "geburtsvorbereitung": {
        "en": ("Antenatal class", "Well prepared for the birth: breathing, positions and what happens, for women and couples."),
    },
    "stillgruppe": {
        "tr": ("Emzirme grubu", "Anneler bir ebe eşliğinde emzirme, uyku ve ek gıda hakkında deneyim paylaşır."),
    },
    "vorsorge-sprechstunde": {
        "en": ("Check-ups and vaccinations", "Check-ups U1 to J2 and vaccinations; we explain what your child needs and when."),
        "tr": ("Check-up ve aşı muayenesi", "U1'den J2'ye kadar çocuk check-up'ları ve aşılar; çocuğunuzun neye ne zaman ihtiyacı olduğunu açıklıyoruz."),
    },
    "neuzugewanderte-sprechstunde": {
        "ar": ("عيادة للعائلات القادمة حديثًا", "الفحص الأول والتحقق من التطعيمات للأطفال القادمين حديثًا إلى ألمانيا."),
        "uk": ("Прийом для сімей, які нещодавно приїхали", "Перший огляд і перевірка щеплень для дітей, які нещодавно приїхали до Німеччини."),
    },
    "sprachentwicklung": {
        "tr": ("Dil gelişimi danışmanlığı", "Çocuğum yeterince konuşuyor mu? Dil gelişimi ve çok dillilik hakkında danışmanlık."),
        "ar": ("استشارة حول تطور اللغة", "هل يتكلم طفلي بما يكفي؟ استشارة حول تطور اللغة وتعدد اللغات."),
    },
    "impfberatung": {
        "ar": ("استشارة التطعيم", "استشارة وتطعيمات مجانية لكل من ليس لديه طبيب عائلة."),
        "uk": ("Консультація щодо щеплень", "Безкоштовні консультації та щеплення для всіх, хто не має сімейного лікаря."),
    },
    "psychosoziale-beratung": {
        "ar": ("استشارة نفسية واجتماعية للاجئين", "محادثات عند القلق ومشاكل النوم والتجارب المرهقة، مع ترجمة لغوية."),
        "uk": ("Психосоціальна консультація для біженців", "Розмови, коли тривожно, погано спиться або пережито важке, з мовним посередником."),
    },
    "arabisch-muttersprache": {
        "ar": ("اللغة العربية للأطفال", "يتعلم الأطفال القراءة والكتابة بلغة عائلتهم العربية."),
    },
    "hausaufgaben-kulturverein": {
        "ar": ("المساعدة في الواجبات بالعربية والألمانية", "يساعد طلاب جامعيون في الواجبات المدرسية ويشرحون بالعربية عند الحاجة."),
    },
    "elternabend-schule-arabisch": {
        "ar": ("أمسية للأهل: المدرسة في ألمانيا", "كيف يعمل النظام المدرسي؟ أمسية باللغة العربية للأهل."),
    },
    "ukrainisch-treff": {
        "uk": ("Місце зустрічі для українок і українців", "Спілкування, допомога з питаннями та взаємна підтримка."),
    },
    "ukrainische-samstagsschule": {
        "uk": ("Українська суботня школа", "Українська мова, математика та історія для дітей, які хочуть зберегти зв'язок із батьківщиною."),
    },
    "ukraine-beratung": {
        "uk": ("Консультації українською", "Волонтери допомагають із заявами до джобцентру, школи та щодо житла."),
    },
    "moschee-hausaufgaben": {
        "tr": ("Cami derneğinde ders desteği", "Öğrenciler için matematik, Almanca ve İngilizce etüt desteği."),
    },
    "moschee-frauen": {
        "tr": ("Kadınlar grubu", "Kadınlar sohbetler, konferanslar ve ortak geziler için bir araya gelir."),
    },
    "gesundheitslotsinnen": {
        "tr": ("Sağlık rehberleri", "Birçok ülkeden kadınlar Alman sağlık sisteminin nasıl işlediğini anlatır."),
        "ar": ("مرشدات الصحة", "نساء من بلدان كثيرة يشرحن كيف يعمل النظام الصحي الألماني."),
    },
    "willkommen-im-sport": {
        "ar": ("أهلًا بكم في الرياضة", "يتدرب الأطفال واليافعون القادمون الجدد لمدة عام دون رسوم عضوية."),
        "uk": ("Ласкаво просимо до спорту", "Діти та підлітки, які нещодавно приїхали, тренуються рік без членських внесків."),
    },
    "schwimmen-grundschule": {
        "ar": ("تعليم السباحة لأطفال المدارس الابتدائية", "الأطفال الذين لا يجيدون السباحة في نهاية الصف الثاني يتعلمونها في العطلة."),
        "uk": ("Навчання плавання для учнів початкової школи", "Діти, які наприкінці 2 класу ще не вміють плавати, навчаються цього на канікулах."),
    },
    "hebamme-scherberg": {
        "ar": ("استشارة القابلة في شيربيرغ", "استشارة خارجية لعيادة القابلات في مركز اللقاء في شيربيرغ."),
    },
}
# fmt: on


@transaction.atomic
def load(stdout=None):
    """Create or update the demo translations; returns how many there are."""
    offerings = {
        offering.external_id.removeprefix(PREFIX): offering
        for offering in Offering.objects.filter(external_id__in=[f"{PREFIX}{key}" for key in TEXTS])
    }
    count = 0
    for key, languages in TEXTS.items():
        offering = offerings.get(key)
        if offering is None:
            continue  # an offering the demo no longer has
        for language, (name, short_description) in languages.items():
            text, created = OfferingText.objects.get_or_create(
                offering=offering,
                language=language,
                defaults={"name": name, "short_description": short_description},
            )
            if not created and (text.name, text.short_description) != (name, short_description):
                text.name, text.short_description = name, short_description
                text.save()
            count += 1
    if stdout is not None:
        stdout.write(
            _("Übersetzungen: %(texts)d Texte zu %(offerings)d Demo-Angeboten")
            % {"texts": count, "offerings": len(offerings)}
        )
    return count
