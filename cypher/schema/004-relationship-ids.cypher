// Relationship ids are unique per type (Neo4j has no constraint across all types); the write path
// also checks across types. tests check this list matches core/vocabulary.ts.
CREATE CONSTRAINT rel_influences_id_unique IF NOT EXISTS FOR ()-[r:INFLUENCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_advises_id_unique IF NOT EXISTS FOR ()-[r:ADVISES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_liaises_with_id_unique IF NOT EXISTS FOR ()-[r:LIAISES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_briefs_id_unique IF NOT EXISTS FOR ()-[r:BRIEFS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_collaborates_with_id_unique IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_member_of_id_unique IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_represented_on_id_unique IF NOT EXISTS FOR ()-[r:REPRESENTED_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_chairs_id_unique IF NOT EXISTS FOR ()-[r:CHAIRS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_president_of_id_unique IF NOT EXISTS FOR ()-[r:PRESIDENT_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_holds_role_at_id_unique IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_created_id_unique IF NOT EXISTS FOR ()-[r:CREATED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_supports_id_unique IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hosts_id_unique IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_provides_secretariat_for_id_unique IF NOT EXISTS FOR ()-[r:PROVIDES_SECRETARIAT_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_merged_into_id_unique IF NOT EXISTS FOR ()-[r:MERGED_INTO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id_unique IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_runs_id_unique IF NOT EXISTS FOR ()-[r:RUNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_takes_part_in_id_unique IF NOT EXISTS FOR ()-[r:TAKES_PART_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_presented_at_id_unique IF NOT EXISTS FOR ()-[r:PRESENTED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_endorses_id_unique IF NOT EXISTS FOR ()-[r:ENDORSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_aligned_with_id_unique IF NOT EXISTS FOR ()-[r:ALIGNED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hands_assets_to_id_unique IF NOT EXISTS FOR ()-[r:HANDS_ASSETS_TO]-() REQUIRE r.id IS UNIQUE;
