import { join } from 'node:path';
import { SCENARIOS } from '../../bench/actions';
import { actionsWithoutRow, routerActions } from '../../bench/db-calls';

const SERVER = join(__dirname, '..', '..', '..', 'src', 'server');

// The bench's database-calls table is the record of what each action costs: a new action without a row would
// drift out of it unseen, since the bench is run by hand.
describe('the database-calls bench', () => {
  it('reads every router, and the actions a router spreads in from another module', () => {
    const actions = new Map(routerActions(SERVER).map(({ fn, actions }) => [fn, actions]));
    expect([...actions.keys()].sort()).toEqual(['admin', 'event', 'inbox', 'market', 'org', 'points', 'timer', 'user', 'wish']);
    expect(actions.get('event')).toEqual(expect.arrayContaining(['signUp', 'liveCode', 'checkInPerson', 'attendance', 'stars']));
    expect(actions.get('event')).not.toContain('...attendanceActions');
  });

  it('has a row for every action', () => {
    expect(actionsWithoutRow(SCENARIOS, SERVER)).toEqual([]);
  });
});
