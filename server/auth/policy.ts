/**
 * Who may do what: the one table the server enforces (in `authorize`) and the web app reads to decide what to offer.
 * Anything not listed here is denied.
 */
export const roles = ['admin', 'planner', 'promoter', 'viewer'] as const
export type Role = (typeof roles)[number]
export type Principal = Role | 'public'

export const actions = ['read', 'create', 'update', 'delete'] as const
export type Action = (typeof actions)[number]

const staff: readonly Principal[] = roles
const everyone: readonly Principal[] = ['public', ...roles]

type Rule = Readonly<Record<Action, readonly Principal[]>>
const rule = (read: readonly Principal[], write: readonly Principal[], remove: readonly Principal[] = write): Rule => ({
  read,
  create: write,
  update: write,
  delete: remove,
})

export const policy = {
  // Public map content: what investors see (published land only, public fields only).
  regions: rule(everyone, ['admin']),
  jurisdictions: rule(everyone, ['admin', 'planner']),
  parks: rule(everyone, ['admin', 'planner']),
  parcels: rule(everyone, ['admin', 'planner']),
  // 载体: published buildings and their vacant units for the public (space.repo narrows further).
  buildings: rule(everyone, ['admin', 'planner']),
  infrastructure: rule(everyone, ['admin', 'planner']),
  chains: rule(everyone, ['admin', 'promoter']),
  enterprises: rule(everyone, ['admin', 'promoter']),
  policies: rule(everyone, ['admin', 'promoter']),
  // Roadshow stories: the public reads published public ones only (the stories service narrows further).
  stories: rule(everyone, ['admin', 'promoter']),
  // Staff only: the land behind the counter and the confidential pipeline.
  unpublished_parcels: rule(staff, ['admin', 'planner']),
  targets: rule(staff, ['admin', 'promoter']),
  leads: rule(staff, ['admin', 'promoter']),
  projects: rule(staff, ['admin', 'promoter']),
  audit: rule(staff, []),
  imports: rule(['admin', 'planner'], ['admin', 'planner']),
  users: rule(['admin'], ['admin']),
} as const satisfies Record<string, Rule>

export type Resource = keyof typeof policy
export const resources = Object.keys(policy) as Resource[]

export function can(principal: Principal, resource: Resource, action: Action): boolean {
  return policy[resource][action].includes(principal)
}

/** The actions each resource allows this principal, for the web app to show only what it may do. */
export function permissionsOf(principal: Principal): Partial<Record<Resource, Action[]>> {
  const granted: Partial<Record<Resource, Action[]>> = {}
  for (const resource of resources) {
    const allowed = actions.filter((action) => can(principal, resource, action))
    if (allowed.length > 0) granted[resource] = allowed
  }
  return granted
}

export const isStaff = (principal: Principal): principal is Role => principal !== 'public'
