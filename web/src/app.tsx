import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { AtlasScreen, useScreenState } from './atlas-screen'
import { SignInPage } from './auth/sign-in-page'
import { sheetTargetOf } from './sheet/sheet-target'
import { useAtlasData } from './use-atlas-data'

// Pages a first visit to the map does not need, each its own chunk.
const IncentivesPage = lazy(() => import('./incentives/incentives-page').then((m) => ({ default: m.IncentivesPage })))
const SiteSheet = lazy(() => import('./sheet/site-sheet').then((m) => ({ default: m.SiteSheet })))

const SIGN_IN_PATH = '/signin'
const INCENTIVES_PATH = '/incentives'

/** `/signin` is the sign-in page; every other path is the map (the hash keeps the view). */
function usePage() {
  const [path, setPath] = useState(window.location.pathname)
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname)
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const go = useCallback((next: string) => {
    window.history.pushState(null, '', `${next}${window.location.hash}`)
    setPath(next)
  }, [])
  return { signingIn: path === SIGN_IN_PATH, incentives: path === INCENTIVES_PATH, sheet: sheetTargetOf(path), go }
}

export function App() {
  const { data, error } = useAtlasData()
  const { signingIn, incentives, sheet, go } = usePage()
  const screen = useScreenState()
  if (sheet || incentives) {
    return (
      <Suspense fallback={null}>
        {sheet ? <SiteSheet target={sheet} /> : <IncentivesPage onBack={() => go('/')} />}
      </Suspense>
    )
  }
  if (signingIn) return <SignInPage config={data?.config ?? null} onDone={() => go('/')} />
  return (
    <AtlasScreen
      data={data}
      error={error}
      screen={screen}
      onIncentives={() => go(INCENTIVES_PATH)}
      onSignIn={() => go(SIGN_IN_PATH)}
    />
  )
}
