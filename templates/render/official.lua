-- Filters for official documents, applied to every document before it is written.
--   * the authored body, read on its own, keeps only content: no raw block or inline of any
--     format, no image (its description stays as text), no link but http(s), mailto and
--     anchors (its text stays); it takes the place of the templates' empty div #cchc-body;
--   * body lists become plain paragraphs with literal markers ("- ", "+ ", "a) ", "1. "),
--     as official documents print them (not Word-numbered lists);
--   * raw blocks of format "cchc-table" (a table in pandoc's JSON AST, written by the
--     templates) become pandoc tables, with row and column spans, for every output format.
local M = {}

local BULLETS = { "- ", "+ ", "- " }

local function alpha(n)
  return string.char(string.byte("a") + (n - 1) % 26)
end

local function ordered_marker(attrs, index)
  local n = attrs.start + index - 1
  local style = attrs.style
  local label = (style == "LowerAlpha" and alpha(n)) or (style == "UpperAlpha" and alpha(n):upper())
    or tostring(n)
  if attrs.delimiter == "OneParen" or style == "LowerAlpha" or style == "UpperAlpha" then
    return label .. ") "
  elseif attrs.delimiter == "TwoParens" then
    return "(" .. label .. ") "
  end
  return label .. ". "
end

local flatten

local function item_blocks(blocks, marker, depth)
  local out = pandoc.Blocks({})
  for i, block in ipairs(blocks) do
    if i == 1 and (block.t == "Plain" or block.t == "Para") then
      local inlines = pandoc.Inlines({ pandoc.Str(marker) })
      inlines:extend(block.content)
      out:insert(pandoc.Para(inlines))
    else
      out:extend(flatten(pandoc.Blocks({ block }), depth + 1))
    end
  end
  return out
end

flatten = function(blocks, depth)
  local out = pandoc.Blocks({})
  for _, block in ipairs(blocks) do
    if block.t == "BulletList" then
      for _, item in ipairs(block.content) do
        out:extend(item_blocks(item, BULLETS[math.min(depth, #BULLETS)], depth))
      end
    elseif block.t == "OrderedList" then
      for i, item in ipairs(block.content) do
        out:extend(item_blocks(item, ordered_marker(block.listAttributes, i), depth))
      end
    else
      out:insert(block)
    end
  end
  return out
end

-- Authored Markdown is read without metadata blocks (which could carry raw header-includes) or
-- figures; raw HTML, TeX and raw attribute blocks are read as raw elements and then dropped (the
-- text between HTML tags stays). Without "smart": the text is printed as typed ("..." stays three dots,
-- straight quotes stay straight), as the issued document has it.
M.AUTHORED_FORMAT = "markdown-auto_identifiers-implicit_figures-yaml_metadata_block-pandoc_title_block-smart"
  .. "-mmd_title_block"

local function safe_target(target)
  local scheme = target:match("^%s*([%a][%w+.-]*):")
  return scheme == nil or ({ http = true, https = true, mailto = true })[scheme:lower()] == true
end

local AUTHORED = {
  RawBlock = function() return {} end,
  RawInline = function() return {} end,
  Image = function(image) return image.caption end,
  Figure = function(figure) return figure.content end,
  Link = function(link)
    if not safe_target(link.target) then return link.content end
  end,
}

-- The authored body as blocks that hold content only (see the top of this file).
function M.authored(text)
  local doc = pandoc.read(text, M.AUTHORED_FORMAT, nil, {})   -- {}: the reader sees no file at all
  return doc.blocks:walk(AUTHORED)
end

-- The document with ``body`` in place of the templates' empty div #cchc-body.
function M.place_body(doc, body)
  for i, block in ipairs(doc.blocks) do
    if block.t == "Div" and block.identifier == "cchc-body" then
      local blocks = pandoc.Blocks({})
      blocks:extend({ table.unpack(doc.blocks, 1, i - 1) })
      blocks:extend(body)
      blocks:extend({ table.unpack(doc.blocks, i + 1) })
      doc.blocks = blocks
      return doc
    end
  end
  error("the template has no place for the body (::: {#cchc-body})")
end

-- The templates write a table as the blocks of pandoc's JSON AST (tables.to_pandoc_blocks):
-- reading them is several times faster than building the table element by element here.
local function table_from_json(text)
  local api = table.concat({ table.unpack(PANDOC_API_VERSION) }, ",")
  return pandoc.read('{"pandoc-api-version":[' .. api .. '],"meta":{},"blocks":' .. text .. "}", "json").blocks
end

-- typst reads "1. ", "- " or "+ " at the start of a cell as a list: escape the marker.
-- (A cell's words are one Str: see tables.py.)
local function escape_cell_marker(blocks)
  local first = blocks[1]
  if first and (first.t == "Plain" or first.t == "Para") then
    local word = first.content[1]
    if word and word.t == "Str" then
      local marker, rest = word.text:match("^(%d+%.)(.*)$")
      if not marker then
        marker, rest = word.text:match("^([-+])(.*)$")
      end
      if marker and (rest == "" or rest:match("^%s")) then
        first.content[1] = pandoc.RawInline("typst", (marker:gsub("([%.%-%+])$", "\\%1")))
        if rest ~= "" then
          first.content:insert(2, pandoc.Str(rest))
        end
      end
    end
  end
  return blocks
end

local function escape_rows(rows)
  for _, row in ipairs(rows) do
    for _, cell in ipairs(row.cells) do
      cell.contents = escape_cell_marker(cell.contents)
    end
  end
end

-- typst reads "..." as an ellipsis: the author's dots are printed as typed ("tự chủ...", "(Ý Yên....)").
local function escape_dots(str)
  if not str.text:find("...", 1, true) then
    return nil
  end
  local out, rest = pandoc.List(), str.text
  while true do
    local first, last = rest:find("...", 1, true)
    if not first then
      break
    end
    if first > 1 then
      out:insert(pandoc.Str(rest:sub(1, first - 1)))
    end
    out:insert(pandoc.RawInline("typst", "\\.\\.\\."))
    rest = rest:sub(last + 1)
  end
  if rest ~= "" then
    out:insert(pandoc.Str(rest))
  end
  return out
end

function M.for_typst(doc)
  return doc:walk({
    Str = escape_dots,
    Table = function(tbl)
      escape_rows(tbl.head.rows)
      for _, body in ipairs(tbl.bodies) do
        escape_rows(body.body)
      end
      return tbl
    end,
  })
end

-- Whether a document's DOCX can be written in one package with other documents and cut out
-- again (docxpost.Package) with the same bytes as when written alone: nothing in it may use a
-- part of the package that the whole package shares and numbers (relationships of links and
-- images, notes, list numbering, bookmarks, comments, styles added for code or custom styles).
local SHARED_INLINE = { "Note", "Link", "Image", "Cite", "Code", "Math" }
local SHARED_BLOCK = { "BulletList", "OrderedList", "DefinitionList", "CodeBlock", "Figure" }

local function has_attr(el)
  local attr = el.attr
  return attr.identifier ~= "" or #attr.classes > 0 or #attr.attributes > 0
end

-- Returns the document ready to write, and whether it can share a DOCX package (see above).
-- One walk: the tables built from "cchc-table" blocks are not walked again (and hold only text).
function M.apply(doc)
  doc.blocks = flatten(doc.blocks, 1)
  local shareable = true
  local function shared() shareable = false end
  local function shared_if_attr(el) if has_attr(el) then shareable = false end end
  local filter = {
    RawBlock = function(raw)
      if raw.format == "cchc-table" then
        return table_from_json(raw.text)
      end
    end,
    Header = shared_if_attr, Div = shared_if_attr, Span = shared_if_attr,
    Table = function(tbl)
      if has_attr(tbl) or #tbl.caption.long > 0 then shareable = false end
    end,
  }
  for _, name in ipairs(SHARED_INLINE) do filter[name] = shared end
  for _, name in ipairs(SHARED_BLOCK) do filter[name] = shared end
  return doc:walk(filter), shareable
end

return M
