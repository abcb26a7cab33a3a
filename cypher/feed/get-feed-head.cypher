// The last number the feed has given (0 before the first).
OPTIONAL MATCH (s:FeedSequence {id: 'feed'})
RETURN coalesce(s.last, 0) AS last
