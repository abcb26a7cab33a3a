// The graph's current version ("none" before its first change), as influence caches key their answers.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.epoch + ':' + toString(v.version), 'none') AS version
