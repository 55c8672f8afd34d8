import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { installFeverLogging } from './services/log/fever-log'
import { requestPersistentStorage } from './services/system/storage-service'
import './styles/app.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(ElementPlus)
app.use(createAppRouter())
app.mount('#app')

// A fever recorded in a health check also goes into the wartime log.
installFeverLogging()

// Ask once at start-up: without persistence the browser may evict the whole database when the disk fills.
void requestPersistentStorage()
