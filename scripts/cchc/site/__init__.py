"""The public transparency site: Markdown pages and assets written by `cchc build`, rendered by MkDocs.

Modules: model (what the site shows), progress (task roll-up), safety (escaping and the HTML
allow-list), charts (SVG), opendata (JSON, CSV), feeds (ICS, Atom), pages (Jinja2 templates),
docpages (one page per document), assets, mkdocs_run and build (the pipeline); the commands are
commands/build.py and commands/serve.py.
"""
