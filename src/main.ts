import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { requestPersistentStorage } from './services/system/storage-service'
import './styles/app.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(ElementPlus)
app.use(createAppRouter())
app.mount('#app')

// Ask once at start-up: without persistence the browser may evict the whole database when the disk fills.
void requestPersistentStorage()
