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
    /** The sidebar section the page is listed under (NAV_GROUPS order). */
    group?: NavGroup
    icon?: string
  }
}

/** Sidebar sections, in order: the day's work, control measures, command, supplies and packs, administration. */
export const NAV_GROUPS = ['daily', 'control', 'command', 'support', 'admin'] as const
/** One sidebar section. */
export type NavGroup = (typeof NAV_GROUPS)[number]

/** The pages inside the app frame, in sidebar order within their section. */
export const appRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'home',
    component: () => import('./views/home/HomeView.vue'),
    meta: { nav: 'nav.home', group: 'daily', icon: 'House' },
  },
  {
    path: 'control/today',
    name: 'control-today',
    component: () => import('./views/control/TodayView.vue'),
    meta: { nav: 'nav.controlToday', group: 'daily', icon: 'AlarmClock' },
  },
  {
    path: 'people',
    name: 'people',
    component: () => import('./views/people/PeopleList.vue'),
    meta: { nav: 'nav.people', group: 'daily', icon: 'User' },
  },
  {
    path: 'duplicates',
    name: 'duplicates',
    component: () => import('./views/people/DuplicatesView.vue'),
    meta: { nav: 'nav.duplicates', group: 'daily', icon: 'CopyDocument' },
  },
  {
    path: 'county-lists',
    name: 'county-lists',
    component: () => import('./views/county-lists/CountyListsView.vue'),
    meta: { nav: 'nav.countyLists', group: 'daily', icon: 'List' },
  },
  {
    path: 'county-lists/:id',
    name: 'county-list',
    component: () => import('./views/county-lists/CountyListDetail.vue'),
  },
  {
    path: 'board',
    name: 'board',
    component: () => import('./views/board/BoardView.vue'),
    meta: { nav: 'nav.board', group: 'command', icon: 'DataBoard' },
  },
  {
    path: 'log',
    name: 'log',
    component: () => import('./views/log/LogView.vue'),
    meta: { nav: 'nav.log', group: 'command', icon: 'Notebook' },
  },
  {
    path: 'orders',
    name: 'orders',
    component: () => import('./views/log/OrdersView.vue'),
    meta: { nav: 'nav.orders', group: 'command', icon: 'Finished' },
  },
  {
    path: 'incidents',
    name: 'incidents',
    component: () => import('./views/log/IncidentsView.vue'),
    meta: { nav: 'nav.incidents', group: 'command', icon: 'Warning' },
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
    meta: { nav: 'nav.supplies', group: 'support', icon: 'Box' },
  },
  {
    path: 'supplies/stocktake-sheet',
    name: 'stocktake-sheet',
    component: () => import('./views/supplies/StocktakeSheet.vue'),
  },
  {
    path: 'control/measures',
    name: 'control-measures',
    component: () => import('./views/control/MeasuresView.vue'),
    meta: { nav: 'nav.measures', group: 'control', icon: 'Lock' },
  },
  {
    path: 'control/checks',
    name: 'control-checks',
    component: () => import('./views/control/HealthGridView.vue'),
    meta: { nav: 'nav.healthChecks', group: 'control', icon: 'FirstAidKit' },
  },
  {
    path: 'control/sites',
    name: 'control-sites',
    component: () => import('./views/control/SitesView.vue'),
    meta: { nav: 'nav.sites', group: 'control', icon: 'School' },
  },
  {
    path: 'control/rounds',
    name: 'control-rounds',
    component: () => import('./views/control/rounds/RoundsView.vue'),
    meta: { nav: 'nav.rounds', group: 'control', icon: 'Histogram' },
  },
  {
    path: 'control/rounds/:id',
    name: 'control-round',
    component: () => import('./views/control/rounds/RoundDetailView.vue'),
  },
  {
    path: 'control/packs',
    name: 'control-packs',
    component: () => import('./views/control/PacksView.vue'),
    meta: { nav: 'nav.rulePacks', group: 'control', icon: 'Collection' },
  },
  {
    path: 'map',
    name: 'map',
    component: () => import('./views/map/MapView.vue'),
    meta: { nav: 'nav.map', group: 'command', icon: 'MapLocation' },
  },
  {
    path: 'duty',
    name: 'duty',
    component: () => import('./views/duty/DutyView.vue'),
    meta: { nav: 'nav.duty', group: 'command', icon: 'Calendar' },
  },
  {
    path: 'villages',
    name: 'villages',
    component: () => import('./views/villages/VillageList.vue'),
    meta: { nav: 'nav.villages', group: 'admin', icon: 'OfficeBuilding' },
  },
  {
    path: 'reports',
    name: 'reports',
    component: () => import('./views/reports/ReportsView.vue'),
    meta: { nav: 'nav.reports', group: 'support', icon: 'Tickets' },
  },
  {
    path: 'packs',
    name: 'packs',
    component: () => import('./views/packs/PacksView.vue'),
    meta: { nav: 'nav.packs', group: 'support', icon: 'Upload', permission: 'packs.export' },
  },
  {
    // ?register=<key> opens one register's template (each register's export button links here).
    path: 'ledgers',
    name: 'ledgers',
    component: () => import('./views/ledgers/LedgersView.vue'),
    meta: { nav: 'nav.ledgers', group: 'support', icon: 'Tickets', permission: 'ledgers.export' },
  },
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./views/audit/AuditView.vue'),
    meta: { nav: 'nav.audit', group: 'admin', icon: 'Document', permission: 'audit.view' },
  },
  {
    path: 'settings',
    name: 'settings',
    component: () => import('./views/settings/SettingsView.vue'),
    meta: { nav: 'nav.settings', group: 'admin', icon: 'Setting' },
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
      // The daily report's print page (A4 bulletin; print to PDF), outside the app frame like the log book.
      {
        path: '/report-print/:id',
        name: 'report-print',
        component: () => import('./views/reports/ReportPrintView.vue'),
      },
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
