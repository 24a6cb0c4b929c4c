// Scores of any subject (api/src/analytics/scoring, docs/SCORING.md): HCP scores written before
// subjects existed carry hcpId; they become subjectId with subject 'HCP', one field for every subject.
MATCH (s:Score) WHERE s.subjectId IS NULL AND s.hcpId IS NOT NULL
CALL (s) { SET s.subjectId = s.hcpId, s.subject = 'HCP' REMOVE s.hcpId } IN TRANSACTIONS OF 10000 ROWS;
DROP INDEX score_hcp IF EXISTS;
CREATE INDEX score_subject IF NOT EXISTS FOR (n:Score) ON (n.model, n.subjectId);
