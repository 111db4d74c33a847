"""`cchc render`: plans, reports and PAR self-assessments as official documents (DOCX, PDF, HTML)."""
