"""cchc: plans, reports and PAR Index self-assessments of a province's administrative reform."""

__version__ = "0.1.0"
