import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { preloadSections } from './lazy-sections.ts'
import './styles/index.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')

const app = (
  <StrictMode>
    <App />
  </StrictMode>
)

// The production page arrives prerendered (scripts/prerender.ts) and reads without scripts. The
// article and map column hydrate at once; the sections' code starts loading at the same time, and
// each section hydrates as its code arrives. The dev server's page is rendered from scratch.
if (root.firstElementChild) {
  void preloadSections()
  hydrateRoot(root, app)
} else {
  createRoot(root).render(app)
}
