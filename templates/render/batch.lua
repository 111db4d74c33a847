-- Batch driver: `pandoc lua batch.lua JOBS.json` converts many documents in one process.
-- JOBS.json: {"reference_doc": path, "filter": path, "jobs": [{"id", "input",
--   "outputs": [{"format": "docx"|"typst"|"html", "path"}]}]}. One JSON line per job on stdout.
local json = pandoc.json
local spec = json.decode(io.open(arg[1], "r"):read("a"))
local official = dofile(spec.filter)

local READER = { extensions = { "raw_attribute", "pipe_tables", "smart" } }

local function write(path, data)
  local handle = assert(io.open(path, "wb"))
  handle:write(data)
  handle:close()
end

local function convert(job)
  local text = assert(io.open(job.input, "r")):read("a")
  local doc = official.apply(pandoc.read(text, "markdown-auto_identifiers"))
  for _, out in ipairs(job.outputs) do
    local options = { wrap_text = "wrap-none" }
    if out.format == "docx" then
      options.reference_doc = spec.reference_doc
    end
    local target = out.format == "typst" and official.for_typst(doc) or doc
    write(out.path, pandoc.write(target, out.format, options))
  end
end

for _, job in ipairs(spec.jobs) do
  local ok, err = pcall(convert, job)
  io.stdout:write(json.encode({ id = job.id, ok = ok, error = ok and "" or tostring(err) }), "\n")
  io.stdout:flush()
end
