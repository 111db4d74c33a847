-- Batch driver: `pandoc lua batch.lua SPEC.json` converts many documents in one process.
-- SPEC.json: {"reference_doc": path, "filter": path, "package": {"documents": n, "bytes": n}}.
-- Jobs come on stdin while earlier ones are converted: each a JSON line
--   {"id", "bytes", "body_bytes", "outputs": [{"format": "docx"|"typst"|"html", "path"}]}
-- followed by its Pandoc Markdown, "bytes" long (decoding the text as JSON would cost more), then
-- the authored body, "body_bytes" long, read apart and kept to plain content (official.authored).
-- One JSON line per job on stdout: {"id", "error"} and, when its DOCX was written in a package
-- with other documents, "package" (that file) and "part" (its place in it, from 0).
--
-- Writing a DOCX has a fixed cost (pandoc reads and merges its reference documents) larger than
-- the cost of a document's own text, so the documents that allow it (official.apply) are written
-- together, a marker paragraph between them, and cut apart by docxpost.Package.
local json = pandoc.json
local spec = json.decode(io.open(arg[1], "r"):read("a"))
local official = dofile(spec.filter)

local DOCX_OPTIONS = { wrap_text = "wrap-none", reference_doc = spec.reference_doc }
local OTHER_OPTIONS = { wrap_text = "wrap-none" }
-- Between two documents: a marker paragraph, then an empty heading, after which pandoc styles
-- the next paragraph "First Paragraph" as at the start of a document. docxpost.Package drops both.
local MARKER = pandoc.Blocks({
  pandoc.RawBlock("openxml", '<w:p><w:pPr><w:pStyle w:val="CCHCSplit"/></w:pPr></w:p>'),
  pandoc.Header(1, {}),
})
local LIMIT = spec.package or { documents = 1, bytes = 0 }

local function write(path, data)
  local handle = assert(io.open(path, "wb"))
  handle:write(data)
  handle:close()
end

local function report(job, err, package, part)
  io.stdout:write(json.encode({ id = job.id, error = err or "", package = package, part = part }), "\n")
  io.stdout:flush()
end

local pending = { entries = {}, bytes = 0, count = 0 }

local function flush()
  local entries = pending.entries
  pending.entries, pending.bytes = {}, 0
  if #entries == 0 then
    return
  end
  pending.count = pending.count + 1
  local path = string.format("%s.package-%04d.docx", entries[1].docx, pending.count)
  local blocks = pandoc.Blocks({})
  for i, entry in ipairs(entries) do
    if i > 1 then
      blocks:extend(MARKER)
    end
    blocks:extend(entry.doc.blocks)
  end
  local ok = pcall(function()
    write(path, pandoc.write(pandoc.Pandoc(blocks, entries[1].doc.meta), "docx", DOCX_OPTIONS))
  end)
  for i, entry in ipairs(entries) do
    if ok then
      report(entry.job, "", path, i - 1)
    else -- find out which document fails: each alone
      local alone, err = pcall(function() write(entry.docx, pandoc.write(entry.doc, "docx", DOCX_OPTIONS)) end)
      report(entry.job, alone and "" or tostring(err))
    end
  end
end

-- Converts one job; returns true when its report waits for the package its DOCX joined.
-- A document with metadata (a YAML block in its text) is written alone: the title and the
-- properties of a package are its first document's.
local function convert(job)
  local text = job.text
  local doc = official.place_body(pandoc.read(text, "markdown-auto_identifiers"), official.authored(job.body))
  local shareable
  doc, shareable = official.apply(doc)
  local docx
  for _, out in ipairs(job.outputs) do
    if out.format == "docx" then
      docx = out.path
    else
      local target = out.format == "typst" and official.for_typst(doc) or doc
      write(out.path, pandoc.write(target, out.format, OTHER_OPTIONS))
    end
  end
  if docx and shareable and next(doc.meta) == nil and LIMIT.documents > 1 then
    table.insert(pending.entries, { job = job, doc = doc, docx = docx })
    pending.bytes = pending.bytes + #text + #job.body
    return true
  elseif docx then
    write(docx, pandoc.write(doc, "docx", DOCX_OPTIONS))
  end
  return false
end

for line in io.lines() do
  local job = json.decode(line)
  job.text = io.read(job.bytes) or ""
  job.body = job.body_bytes > 0 and io.read(job.body_bytes) or ""
  local ok, result = pcall(convert, job)
  if not ok then
    report(job, tostring(result))
  elseif not result then
    report(job, "")
  end
  if #pending.entries >= LIMIT.documents or pending.bytes >= LIMIT.bytes then
    flush()
  end
end
flush()
