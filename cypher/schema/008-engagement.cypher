// Engagement planning: one profile per entity, interactions, and contact details of people.
CREATE CONSTRAINT interaction_id_unique IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE;
CREATE INDEX interaction_date IF NOT EXISTS FOR (n:Interaction) ON (n.date);
