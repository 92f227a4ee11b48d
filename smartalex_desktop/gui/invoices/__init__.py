"""The Invoices tab: the table, the detail pane, filters, PDFs, the export dialog."""
