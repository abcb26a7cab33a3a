/** Communities: colour the map by community, and the largest communities with their most central members. */
import { COMMUNITIES_SHOWN } from '../../api/communities.ts';
import { communityColour } from '../../graph/palette.ts';
import { useCommunities } from '../../state/communities.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';

export function CommunitiesPanel() {
  const colourBy = useAtlasState((state) => state.colourBy);
  const answer = useCommunities();
  return (
    <div className="communities" data-testid="communities">
      <label className="check">
        <input
          type="checkbox"
          checked={colourBy === 'community'}
          onChange={(event) => dispatch({ type: 'setColourBy', colourBy: event.target.checked ? 'community' : 'type' })}
        />
        Colour the map by community
      </label>
      <button type="button" onClick={() => dispatch({ type: 'setOverview', overview: true })}>
        Show the community overview
      </button>
      <p className="hint">
        A community is a group of stakeholders linked more among themselves than to the rest (Louvain modularity, under
        the family and year filters). The {COMMUNITIES_SHOWN} largest get colours of their own; the rest are grey.
      </p>
      <CommunityList answer={answer} />
    </div>
  );
}

function CommunityList({ answer }: { answer: ReturnType<typeof useCommunities> }) {
  if (answer.isError)
    return (
      <p className="error" role="alert">
        Could not find communities: {answer.error?.message}
      </p>
    );
  if (!answer.data) return <p className="loading">Finding communities…</p>;
  const { communities, total } = answer.data;
  if (communities.length === 0) return <p className="empty">No communities under these filters.</p>;
  return (
    <>
      <p className="hint" data-testid="communities-total">
        {total.toLocaleString('en-GB')} communities; the largest first.
        {answer.data.freshness.stale && ' The network changed since: they are being found again.'}
      </p>
      <ol className="community-list" aria-label="Communities, largest first">
        {communities.map((community) => (
          <li key={community.id} data-testid="community" data-colour={communityColour(community.id)}>
            <div className="community-line">
              <span className="legend-dot" style={{ background: communityColour(community.id) }} aria-hidden="true" />
              <strong>Community {community.id}</strong>
              <span className="community-size">{community.size.toLocaleString('en-GB')} stakeholders</span>
            </div>
            <p className="hint">Most central:</p>
            <ul className="community-members">
              {community.centralMembers.map((member) => (
                <li key={member.entity.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => dispatch({ type: 'select', id: member.entity.id, focus: true })}
                  >
                    {member.entity.name}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
