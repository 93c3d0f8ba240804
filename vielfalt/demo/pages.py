"""Imprint, privacy notice and accessibility statement of the demo site.

Paragraphs are separated by a blank line (see ``Page.body``). The texts say
plainly that this is a demo installation and describe what this software
stores; an installation for real use replaces them in the back office.
"""

from django.utils.translation import gettext as _

from vielfalt.pages.models import Page

from . import upsert

IMPRINT = """Dies ist eine Demo-Installation der Software Vielfalt für das Netzwerk #vielfaltgestalten in Würselen. Sie ist zum Ausprobieren da. Außer der Stadt Würselen und dem Kontakt ihrer Koordinierungsstelle sind alle Organisationen, Personen und Angebote erfunden. Erfundene Organisationen haben den Zusatz „(Demo)“ im Namen.

Herausgeberin der Demo-Inhalte:
Stadt Würselen
Koordinierungsstelle Prävention und Integration
Morlaixplatz 1
52146 Würselen

Kontakt:
Andrea Schmidt, Tel. 02405 67-5007, andrea.schmidt@wuerselen.de
Nathalie Thomé, Tel. 02405 67-5164, nathalie.thome@wuerselen.de

Das vollständige Impressum der Stadt Würselen steht auf ihrer Website: https://www.wuerselen.de/

Software: Vielfalt ist freie Software unter der GNU Affero General Public License, Version 3 oder neuer (AGPL-3.0-or-later).

Hinweis für den Betrieb: Wer diese Software für eine echte Website nutzt, ersetzt diesen Text im Verwaltungsbereich durch das eigene, vollständige Impressum."""

IMPRINT_EN = """This is a demo installation of the Vielfalt software for the #vielfaltgestalten network in Würselen. It is here for trying things out. Apart from the town of Würselen and the contact of its coordination office, all organisations, people and offerings are invented. Invented organisations have "(Demo)" in their name.

Publisher of the demo content:
Stadt Würselen (Town of Würselen)
Koordinierungsstelle Prävention und Integration (coordination office for prevention and integration)
Morlaixplatz 1
52146 Würselen, Germany

Contact:
Andrea Schmidt, phone +49 2405 67-5007, andrea.schmidt@wuerselen.de
Nathalie Thomé, phone +49 2405 67-5164, nathalie.thome@wuerselen.de

The town's full legal notice is on its website: https://www.wuerselen.de/

Software: Vielfalt is free software under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).

Note for operators: if you use this software for a real website, replace this text with your own complete legal notice in the back office."""

PRIVACY = """Dies ist eine Demo-Installation. Bitte geben Sie hier keine echten persönlichen Daten ein, auch nicht im Formular „Mitmachen“.

Verantwortlich:
Stadt Würselen, Koordinierungsstelle Prävention und Integration, Morlaixplatz 1, 52146 Würselen. Kontakt: siehe Impressum.

Wenn Sie nur lesen:
Es gibt kein Tracking, keine Statistik-Dienste, keine Werbung und keine Knöpfe von sozialen Netzwerken. Schriften, Skripte und Bilder kommen alle von diesem Server. Ihr Browser lädt nichts von fremden Servern. Die Website setzt nur technisch notwendige Cookies: für die Anmeldung (Sitzung), zum Schutz von Formularen vor Missbrauch (CSRF) und für die Sprache, die Sie gewählt haben.

Wenn Sie mitmachen möchten:
Im Formular „Mitmachen“ speichern wir, was Sie eintragen: Name, E-Mail-Adresse und, wenn Sie möchten, Organisation, Forum oder Themenvorschlag und Ihre Nachricht. Wir speichern auch Ihre Einwilligung: wann Sie zugestimmt haben und welchem Text. Danach bekommen Sie eine E-Mail mit einem Link zur Bestätigung (Double-Opt-in). Erst wenn Sie diesen Link öffnen, ist Ihre Anfrage bestätigt. So kann niemand eine fremde E-Mail-Adresse eintragen. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO). Sie können sie jederzeit widerrufen.

Wenn Sie ein Benutzerkonto haben:
Mitglieder des Netzwerks bekommen ein Konto. Gespeichert werden E-Mail-Adresse, Name, das Passwort nur als sicherer Hash (Argon2, nie im Klartext), wann das Konto angelegt wurde und wann Sie sich zuletzt angemeldet haben. Zum Konto gehört meist ein Eintrag als Person im Netzwerk: Organisation, Funktion, dienstliche Kontaktdaten und Foren. Öffentlich erscheint ein Kontakt nur, wenn die Person eingewilligt hat; auch hier speichern wir Datum und Wortlaut der Einwilligung. Zum Schutz vor Angriffen zählt die Website für kurze Zeit fehlgeschlagene Anmeldungen je Konto und IP-Adresse. Rechtsgrundlage ist die Aufgabe der Stadt im öffentlichen Interesse (Art. 6 Abs. 1 Buchst. e DSGVO) und, für öffentliche Kontakte, Ihre Einwilligung.

Protokolle und E-Mails:
Der Server schreibt technische Protokolle, um Fehler zu finden und Angriffe abzuwehren: Zeitpunkt, aufgerufene Adresse, Ergebnis und Fehlermeldungen, beim Webserver in der Regel auch die IP-Adresse. Wir nutzen sie nur dafür und bewahren sie nicht länger auf als nötig. E-Mails, die die Website verschickt, zum Beispiel Links zur Bestätigung, liegen bis zum Versand in einer Warteschlange in der Datenbank und werden nach einer festen Frist gelöscht. Wie lange wir welche Daten aufbewahren, steht unten unter „Speicherdauer“.

Weitergabe:
Wir verkaufen Ihre Daten nicht und geben sie nicht an Dritte weiter. Ausgenommen sind Dienstleister, die die Website in unserem Auftrag betreiben (Auftragsverarbeitung).

Ihre Rechte:
Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15 bis 21 DSGVO). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen. Die Software kann alle Daten, die zu einer Person gespeichert sind, als Datei exportieren und sie löschen. Schreiben Sie dazu an die Koordinierungsstelle (Kontakt im Impressum). Sie können sich auch bei der Aufsichtsbehörde beschweren: der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen."""

PRIVACY_EN = """This is a demo installation. Please do not enter real personal data here, not even in the "Take part" form.

Controller:
Stadt Würselen (Town of Würselen), Koordinierungsstelle Prävention und Integration, Morlaixplatz 1, 52146 Würselen, Germany. Contact: see the legal notice.

If you only read:
There is no tracking, no analytics, no advertising and no social media buttons. Fonts, scripts and images all come from this server. Your browser loads nothing from other servers. The website only sets cookies that are technically necessary: for signing in (session), to protect forms from misuse (CSRF) and for the language you chose.

If you want to take part:
In the "Take part" form we store what you enter: name, e-mail address and, if you like, organisation, forum or topic suggestion and your message. We also store your consent: when you agreed and to which text. Then you receive an e-mail with a link to confirm (double opt-in). Only when you open this link is your request confirmed. This way nobody can enter someone else's e-mail address. The legal basis is your consent (Art. 6(1)(a) GDPR). You can withdraw it at any time.

If you have an account:
Members of the network get an account. We store the e-mail address, the name, the password only as a secure hash (Argon2, never in plain text), when the account was created and when you last signed in. An account usually belongs to an entry as a person in the network: organisation, role, work contact details and forums. A contact is shown in public only if the person has consented; here too we store the date and wording of the consent. To protect against attacks, the website counts failed sign-ins per account and IP address for a short time. The legal basis is the town's task in the public interest (Art. 6(1)(e) GDPR) and, for public contacts, your consent.

Logs and e-mails:
The server writes technical logs to find errors and fend off attacks: time, address requested, result and error messages, and at the web server usually also the IP address. We use them only for this and keep them no longer than necessary. E-mails that the website sends, for example confirmation links, wait in a queue in the database until they are sent and are deleted after a fixed period. How long we keep which data is listed below under "Storage periods".

Sharing:
We do not sell your data and do not pass it on to third parties, except to service providers who run the website on our behalf (data processing on behalf).

Your rights:
You have the right of access, rectification, erasure, restriction of processing, data portability and objection (Art. 15 to 21 GDPR). You can withdraw a consent at any time for the future. The software can export all data stored about a person as a file and erase it. Write to the coordination office for this (contact in the legal notice). You can also complain to the supervisory authority: the State Commissioner for Data Protection and Freedom of Information of North Rhine-Westphalia."""

ACCESSIBILITY = """Die Stadt Würselen möchte, dass alle Menschen diese Website gut nutzen können. Diese Erklärung gilt für die Demo-Installation von #vielfaltgestalten.

Unser Ziel:
Die Website soll die Web Content Accessibility Guidelines, kurz WCAG 2.1, auf Stufe AA erfüllen. Diese Stufe verlangt auch die europäische Norm EN 301 549.

Was wir dafür tun:
Tastatur: Alle Links, Knöpfe und Formulare lassen sich mit der Tastatur bedienen. Der Fokus ist deutlich sichtbar. Der Link „Zum Inhalt springen“ führt direkt zum Inhalt.
Screenreader: Die Seiten haben eine klare Struktur mit Überschriften, Listen und Bereichen. Jedes Eingabefeld hat eine Beschriftung. Fehlermeldungen stehen beim Feld und sind mit ihm verbunden. Die Sprache jeder Seite ist angegeben.
Vergrößern: Sie können die Seiten bis 400 % vergrößern. Der Inhalt passt sich dann der Breite an, und Sie müssen nicht seitlich scrollen.
Kontrast: Texte haben ein Kontrastverhältnis von mindestens 4,5 zu 1.
Ohne JavaScript: Alle Funktionen gehen auch ohne JavaScript.
Übersichten und Diagramme gibt es als Tabellen oder als Text.
Sprache: Wir schreiben in einfachem Deutsch. Die Seiten gibt es auch auf Englisch.
Prüfung: Automatische Tests prüfen die Seiten bei jeder Änderung der Software auch auf Barrieren.

Was noch nicht barrierefrei ist:
Diese Demo-Installation hat noch keine unabhängige Stelle geprüft. Texte in Leichter Sprache und Videos in Deutscher Gebärdensprache gibt es noch nicht.

Barriere melden:
Haben Sie eine Barriere gefunden, oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns oder rufen Sie an:
Andrea Schmidt, Tel. 02405 67-5007, andrea.schmidt@wuerselen.de
Nathalie Thomé, Tel. 02405 67-5164, nathalie.thome@wuerselen.de

Wenn Sie keine zufriedenstellende Antwort bekommen, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden."""

ACCESSIBILITY_EN = """The town of Würselen wants everyone to be able to use this website well. This statement applies to the demo installation of #vielfaltgestalten.

Our aim:
The website is meant to meet the Web Content Accessibility Guidelines, WCAG 2.1 for short, at level AA. The European standard EN 301 549 also asks for this level.

What we do for it:
Keyboard: all links, buttons and forms work with the keyboard. The focus is clearly visible. The "Skip to content" link leads straight to the content.
Screen readers: the pages have a clear structure with headings, lists and regions. Every input field has a label. Error messages are next to the field and linked to it. The language of each page is declared.
Zoom: you can zoom the pages up to 400 %. The content then fits the width, and you do not have to scroll sideways.
Contrast: text has a contrast ratio of at least 4.5 to 1.
Without JavaScript: everything also works without JavaScript.
Overviews and charts are also available as tables or as text.
Language: we write in plain German. The pages are also available in English.
Testing: automated tests also check the pages for barriers whenever the software changes.

What is not accessible yet:
No independent body has tested this demo installation yet. Texts in Easy Read (Leichte Sprache) and videos in German Sign Language are not available yet.

Report a barrier:
Have you found a barrier, or do you need content in another form? Write to us or call:
Andrea Schmidt, phone +49 2405 67-5007, andrea.schmidt@wuerselen.de
Nathalie Thomé, phone +49 2405 67-5164, nathalie.thome@wuerselen.de

If you do not get a satisfactory answer, you can turn to the ombudsman office for accessible information technology of the state of North Rhine-Westphalia (Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen)."""

# Leichte Sprache after the rules of the Netzwerk Leichte Sprache: short
# sentences, one statement in each, common words, long words split with a
# hyphen, hard words explained. German only, on every language's page.
EASY_READ = """Hier erklären wir diese Internet-Seite in Leichter Sprache.

Was ist diese Internet-Seite?
Die Internet-Seite heißt Vielfalt.
Die Seite ist für die Menschen in Würselen.
Die Seite ist für Familien.
Die Seite ist für Kinder und Jugendliche.
Die Seite ist auch für Menschen, die neu in Würselen sind.
Auf der Seite finden Sie Hilfe und Angebote.
Ein Angebot ist zum Beispiel ein Kurs.
Oder eine Beratung.
Beratung heißt: Jemand hört Ihnen zu und hilft Ihnen.
Viele Angebote kosten kein Geld.

Was ist das Netzwerk?
Ein Netzwerk ist eine Gruppe.
In der Gruppe arbeiten viele Menschen zusammen.
Die Menschen kommen von der Stadt Würselen.
Die Menschen kommen von Vereinen.
Die Menschen kommen von Schulen und Kitas.
Eine Kita ist ein Kinder-Garten.
Das Netzwerk will: Alle Kinder in Würselen bekommen gute Hilfe.
Von der Geburt bis zum Beruf.
Das nennen wir: Präventions-Kette.
Prävention heißt: Wir helfen früh.
Wir helfen, bevor es ein großes Problem gibt.

Das Netzwerk hat Foren.
Ein Forum ist eine Arbeits-Gruppe.
Jedes Forum hat ein Thema.
Zum Beispiel: Sprache und Bildung.
Oder: Gesundheit.
Die Menschen im Forum treffen sich.
Sie sprechen über das Thema.
Sie planen neue Angebote.

Wie finden Sie Hilfe?
Gehen Sie auf die Seite: Angebote finden.
Dort können Sie ein Wort eingeben.
Zum Beispiel: Baby.
Oder: Deutsch-Kurs.
Dann sehen Sie passende Angebote.
Bei jedem Angebot steht:
Wo ist das Angebot?
Wann ist das Angebot?
Wen können Sie anrufen?

Sie haben ein Kind?
Oder Sie sind schwanger?
Dann gehen Sie auf die Seite: Meine Präventions-Kette.
Dort beantworten Sie 3 Fragen:
Wie alt ist Ihr Kind?
In welchem Stadt-Teil wohnen Sie?
Welche Sprache sprechen Sie?
Dann sehen Sie Angebote für Ihr Kind.
Sie können die Angebote auch ausdrucken.

Wie können Sie mitmachen?
Sie möchten im Netzwerk mitmachen?
Das freut uns sehr.
Gehen Sie auf die Seite: Mitmachen.
Dort schreiben Sie Ihren Namen.
Und Ihre E-Mail-Adresse.
Dann bekommen Sie eine E-Mail von uns.
In der E-Mail ist ein Link.
Klicken Sie auf den Link.
Dann wissen wir: Die E-Mail-Adresse gehört wirklich Ihnen.

Sie haben Fragen?
Dann rufen Sie uns an.
Oder schreiben Sie uns eine E-Mail.

Andrea Schmidt
Telefon: 02405 67-5007
E-Mail: andrea.schmidt@wuerselen.de

Nathalie Thomé
Telefon: 02405 67-5164
E-Mail: nathalie.thome@wuerselen.de

Wir helfen Ihnen gerne."""

# slug, title, title_en, body, body_en
PAGES = [
    (Page.Slug.IMPRINT, "Impressum", "Legal notice", IMPRINT, IMPRINT_EN),
    (Page.Slug.PRIVACY, "Datenschutz", "Privacy notice", PRIVACY, PRIVACY_EN),
    (
        Page.Slug.ACCESSIBILITY,
        "Erklärung zur Barrierefreiheit",
        "Accessibility statement",
        ACCESSIBILITY,
        ACCESSIBILITY_EN,
    ),
    (Page.Slug.EASY_READ, "Leichte Sprache", "", EASY_READ, ""),
]


def load(stdout):
    for slug, title, title_en, body, body_en in PAGES:
        upsert(
            Page,
            [{"slug": slug}],
            {"slug": slug, "title": title, "title_en": title_en, "body": body, "body_en": body_en},
        )
    stdout.write(
        _("Seiten: %(count)d (Impressum, Datenschutz, Barrierefreiheit)") % {"count": len(PAGES)}
        + " + Leichte Sprache"
    )
