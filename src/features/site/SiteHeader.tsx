import { siteCopy } from '../../content/site.ts'

/** The masthead: skip link, name and in-page navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#headline">
        {siteCopy.skipLink}
      </a>
      <a className="skip-link" href="#map-heading">
        {siteCopy.skipToMap}
      </a>
      <div className="site-header-inner">
        <p className="site-name">{siteCopy.siteName}</p>
        <nav aria-label={siteCopy.navLabel}>
          <ul className="site-nav">
            {siteCopy.sections.map((section) => (
              <li key={section.href}>
                <a href={section.href}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
