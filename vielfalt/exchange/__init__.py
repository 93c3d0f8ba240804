"""Import and export of offerings (CSV, XLSX, Open Referral HSDS 3.0 JSON).

- files.py: reading uploaded files safely (size, kind, encoding, zip bombs);
- tabular.py: the CSV/XLSX columns, templates and exports;
- hsds.py: the Open Referral HSDS 3.0 JSON mapping, both ways;
- importer.py: validation, dry run (the plan) and the all-or-nothing apply;
- pending.py: uploads kept on the server between the dry run and the confirm.
"""
