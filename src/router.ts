import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { Permission } from './domain/accounts/roles'
import { useSessionStore } from './stores/session'
import { useTownshipStore } from './stores/township'

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in (the wizard and the login screen). */
    public?: boolean
    /** The permission the page needs; the sidebar hides what the user cannot open. */
    permission?: Permission
    /** i18n key of the page's name in the sidebar. */
    nav?: string
    icon?: string
  }
}

/** The pages inside the app frame, in sidebar order. */
export const appRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'home',
    component: () => import('./views/home/HomeView.vue'),
    meta: { nav: 'nav.home', icon: 'House' },
  },
  {
    path: 'people',
    name: 'people',
    component: () => import('./views/people/PeopleList.vue'),
    meta: { nav: 'nav.people', icon: 'User' },
  },
  {
    path: 'duplicates',
    name: 'duplicates',
    component: () => import('./views/people/DuplicatesView.vue'),
    meta: { nav: 'nav.duplicates', icon: 'CopyDocument' },
  },
  {
    path: 'county-lists',
    name: 'county-lists',
    component: () => import('./views/county-lists/CountyListsView.vue'),
    meta: { nav: 'nav.countyLists', icon: 'List' },
  },
  {
    path: 'county-lists/:id',
    name: 'county-list',
    component: () => import('./views/county-lists/CountyListDetail.vue'),
  },
  {
    path: 'log',
    name: 'log',
    component: () => import('./views/log/LogView.vue'),
    meta: { nav: 'nav.log', icon: 'Notebook' },
  },
  {
    path: 'orders',
    name: 'orders',
    component: () => import('./views/log/OrdersView.vue'),
    meta: { nav: 'nav.orders', icon: 'Finished' },
  },
  {
    path: 'incidents',
    name: 'incidents',
    component: () => import('./views/log/IncidentsView.vue'),
    meta: { nav: 'nav.incidents', icon: 'Warning' },
  },
  {
    path: 'incidents/:id',
    name: 'incident',
    component: () => import('./views/log/IncidentDetail.vue'),
  },
  {
    path: 'supplies',
    name: 'supplies',
    component: () => import('./views/supplies/SuppliesView.vue'),
    meta: { nav: 'nav.supplies', icon: 'Box' },
  },
  {
    path: 'supplies/stocktake-sheet',
    name: 'stocktake-sheet',
    component: () => import('./views/supplies/StocktakeSheet.vue'),
  },
  {
    path: 'control/today',
    name: 'control-today',
    component: () => import('./views/control/TodayView.vue'),
    meta: { nav: 'nav.controlToday', icon: 'Calendar' },
  },
  {
    path: 'control/measures',
    name: 'control-measures',
    component: () => import('./views/control/MeasuresView.vue'),
    meta: { nav: 'nav.measures', icon: 'Lock' },
  },
  {
    path: 'control/checks',
    name: 'control-checks',
    component: () => import('./views/control/HealthGridView.vue'),
    meta: { nav: 'nav.healthChecks', icon: 'FirstAidKit' },
  },
  {
    path: 'control/sites',
    name: 'control-sites',
    component: () => import('./views/control/SitesView.vue'),
    meta: { nav: 'nav.sites', icon: 'School' },
  },
  {
    path: 'control/packs',
    name: 'control-packs',
    component: () => import('./views/control/PacksView.vue'),
    meta: { nav: 'nav.rulePacks', icon: 'Notebook' },
  },
  {
    path: 'map',
    name: 'map',
    component: () => import('./views/map/MapView.vue'),
    meta: { nav: 'nav.map', icon: 'MapLocation' },
  },
  {
    path: 'duty',
    name: 'duty',
    component: () => import('./views/duty/DutyView.vue'),
    meta: { nav: 'nav.duty', icon: 'Calendar' },
  },
  {
    path: 'villages',
    name: 'villages',
    component: () => import('./views/villages/VillageList.vue'),
    meta: { nav: 'nav.villages', icon: 'OfficeBuilding' },
  },
  {
    path: 'packs',
    name: 'packs',
    component: () => import('./views/packs/PacksView.vue'),
    meta: { nav: 'nav.packs', icon: 'Box', permission: 'packs.export' },
  },
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./views/audit/AuditView.vue'),
    meta: { nav: 'nav.audit', icon: 'Document', permission: 'audit.view' },
  },
  {
    path: 'settings',
    name: 'settings',
    component: () => import('./views/settings/SettingsView.vue'),
    meta: { nav: 'nav.settings', icon: 'Setting' },
  },
]

/** The router: hash history, so the app works the same from app:// and from a plain static server. */
export function createAppRouter() {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      {
        path: '/setup',
        name: 'setup',
        component: () => import('./views/setup/SetupWizard.vue'),
        meta: { public: true },
      },
      { path: '/login', name: 'login', component: () => import('./views/login/LoginView.vue'), meta: { public: true } },
      { path: '/', component: () => import('./components/AppLayout.vue'), children: appRoutes },
      // The printable daily log book 值班记录: a page of its own, outside the app frame, in the A4 layout.
      { path: '/log-book/:day', name: 'log-book', component: () => import('./views/log/LogBookView.vue') },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  })
  router.beforeEach(async (to) => {
    const township = useTownshipStore()
    if (township.setUp === null) await township.load()
    if (!township.setUp) return to.name === 'setup' ? true : { name: 'setup' }
    const session = useSessionStore()
    if (to.name === 'setup') return session.user ? { name: 'home' } : { name: 'login' }
    if (to.meta.public) return true
    if (!session.user) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
    if (to.meta.permission && !session.can(to.meta.permission)) return { name: 'home' }
    return true
  })
  return router
}
