// The mapping last used to import files of this layout of columns, if any (as JSON).
MATCH (m:ImportMapping {layout: $layout})
RETURN m.mapping AS mapping
