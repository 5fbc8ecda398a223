import { describe, expect, it } from 'vitest'
import {
  type Action,
  actions,
  can,
  type Principal,
  permissionsOf,
  policy,
  type Resource,
  resources,
  roles,
} from '../../../server/auth/policy.js'

const principals: Principal[] = ['public', ...roles]

// The table, written out independently of server/auth/policy.ts: R = read only, W = read and write.
const expected: Record<Resource, Record<Principal, '' | 'R' | 'W'>> = {
  regions: { public: 'R', admin: 'W', planner: 'R', promoter: 'R', viewer: 'R' },
  jurisdictions: { public: 'R', admin: 'W', planner: 'W', promoter: 'R', viewer: 'R' },
  parks: { public: 'R', admin: 'W', planner: 'W', promoter: 'R', viewer: 'R' },
  parcels: { public: 'R', admin: 'W', planner: 'W', promoter: 'R', viewer: 'R' },
  // Issue 22: 载体 (buildings and their units), edited by planners like land.
  buildings: { public: 'R', admin: 'W', planner: 'W', promoter: 'R', viewer: 'R' },
  infrastructure: { public: 'R', admin: 'W', planner: 'W', promoter: 'R', viewer: 'R' },
  chains: { public: 'R', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  enterprises: { public: 'R', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  policies: { public: 'R', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  // Issue 19: promotion staff make roadshow stories; the service shows the public published public ones only.
  stories: { public: 'R', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  unpublished_parcels: { public: '', admin: 'W', planner: 'W', promoter: 'R', viewer: 'R' },
  targets: { public: '', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  leads: { public: '', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  projects: { public: '', admin: 'W', planner: 'R', promoter: 'W', viewer: 'R' },
  audit: { public: '', admin: 'R', planner: 'R', promoter: 'R', viewer: 'R' },
  imports: { public: '', admin: 'W', planner: 'W', promoter: '', viewer: '' },
  users: { public: '', admin: 'W', planner: '', promoter: '', viewer: '' },
}

describe('policy table', () => {
  it('covers exactly the resources the issue names', () => {
    expect(resources.sort()).toEqual(Object.keys(expected).sort())
  })

  const cells = resources.flatMap((resource) =>
    principals.flatMap((principal) => actions.map((action) => ({ resource, principal, action }))),
  )
  it.each(cells)('$principal may $action $resource only as the table says', ({ resource, principal, action }) => {
    const grant = expected[resource][principal]
    const allowed = action === 'read' ? grant !== '' : grant === 'W'
    expect(can(principal, resource, action as Action)).toBe(allowed)
  })

  it('never lets the public write anything', () => {
    for (const resource of resources)
      for (const action of ['create', 'update', 'delete'] as const)
        expect(policy[resource][action]).not.toContain('public')
  })

  it('tells the web app what a role may do, and nothing for what it may not', () => {
    expect(permissionsOf('public').projects).toBeUndefined()
    expect(permissionsOf('public').parcels).toEqual(['read'])
    expect(permissionsOf('planner').parcels).toEqual(['read', 'create', 'update', 'delete'])
    expect(permissionsOf('viewer').users).toBeUndefined()
  })
})
