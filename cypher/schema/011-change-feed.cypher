// The change feed: every audit entry gets a sequence number once it is committed (server/feed/).
// Unique, so a number is never given twice, and indexed, so tailers read `seq > last` by a seek.
CREATE CONSTRAINT audit_entry_seq_unique IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE;
// One :FeedSequence node holds the last number given; only the sequencers lock it, never a write.
CREATE CONSTRAINT feed_sequence_id_unique IF NOT EXISTS FOR (s:FeedSequence) REQUIRE s.id IS UNIQUE;
