import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App.tsx'
import './styles/index.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')

const app = (
  <StrictMode>
    <App />
  </StrictMode>
)

// The production page arrives prerendered (scripts/prerender.ts); the dev server's does not.
if (root.firstElementChild) hydrateRoot(root, app)
else createRoot(root).render(app)
