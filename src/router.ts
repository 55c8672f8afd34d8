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
