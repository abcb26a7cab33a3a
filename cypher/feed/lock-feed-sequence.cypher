// Takes the feed's one lock, which only sequencers take (never a write), and reads the last number.
// Run first in the numbering transaction, so that what it then reads is what the previous holder left.
MERGE (s:FeedSequence {id: 'feed'})
  ON CREATE
    SET s.last = 0
SET s.numberedAt = toString(datetime())
RETURN s.last AS last
