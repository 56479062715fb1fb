import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { App } from './App.tsx'

/**
 * Renders the page as the prerendered HTML: nothing selected, the map still to load. `prerender`
 * waits for the lazily split sections, so the HTML has them in full.
 */
export async function render(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
    // Without this React outlines large sections and streams them in with inline scripts, which
    // the page's Content-Security-Policy rightly blocks.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk))
  const html = Buffer.concat(chunks).toString('utf8')
  if (html.includes('<script') || html.includes('<!--$?-->')) {
    throw new Error('The prerendered page still has pending sections or inline scripts')
  }
  return html
}
