/** Fails the build, loudly and with every problem listed, when content breaks its schema. */
import { validateContent } from '../src/content/validate.ts'

const problems = validateContent()
if (problems.length > 0) {
  console.error(`Content is invalid (${problems.length} problems):\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('content ok')
