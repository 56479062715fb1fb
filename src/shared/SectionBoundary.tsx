import { Component, type ReactNode, Suspense } from 'react'
import { siteCopy } from '../content/site.ts'

export interface SectionBoundaryProps {
  children: ReactNode
  fallback?: ReactNode
}

interface State {
  failed: boolean
}

/**
 * Suspense for a lazily loaded section, with a readable message if its code cannot be loaded
 * (a dropped connection, a stale deploy): the rest of the page keeps working.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  render() {
    if (this.state.failed) {
      return (
        <p className="section-failed" role="alert">
          {siteCopy.sectionFailed}
        </p>
      )
    }
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>
  }
}
