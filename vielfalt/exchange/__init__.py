"""Import and export of offerings (CSV, XLSX, Open Referral HSDS 3.0 JSON).

- files.py: reading uploaded files safely (size, kind, encoding, zip bombs) and
  the limits every format shares;
- columns.py, tabular.py, tabular_export.py: the CSV/XLSX columns, reading, writing;
- hsds_export.py, hsds_collect.py, hsds_import.py, hsds_unkept.py: the HSDS 3.0
  mapping both ways, and the list of fields an import could not keep;
- records.py, importer.py: what is read and reported; dry run and all-or-nothing apply;
- models.py, jobs.py, pending.py: the import job (state, progress, stored check),
  its background tasks, and the uploads kept between the check and the confirm.
"""
