// Briefing packs: one node per brief, found by id; the list orders by meeting day.
CREATE CONSTRAINT brief_id_unique IF NOT EXISTS FOR (n:Brief) REQUIRE n.id IS UNIQUE;
CREATE INDEX brief_meeting_date IF NOT EXISTS FOR (n:Brief) ON (n.meetingDate);
