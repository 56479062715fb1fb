import type { Mention } from './schema.ts'

const place = (
  phrase: string,
  id: Extract<Mention['target'], { kind: 'place' }>['id'],
): Mention => ({
  phrase,
  target: { kind: 'place', id },
})
const plan = (phrase: string, id: Extract<Mention['target'], { kind: 'plan' }>['id']): Mention => ({
  phrase,
  target: { kind: 'plan', id },
})

/**
 * Which words of the article link to which place or plan. Every whole-word occurrence of a phrase
 * becomes a button; where phrases overlap the longer one wins, so "the peace plan of China and
 * Brazil" opens the plan rather than selecting China.
 */
export const mentions: Mention[] = [
  plan('its plan for a peaceful settlement in Ukraine', 'china'),
  plan('the peace plan of China and Brazil', 'china-brazil'),
  plan('a peace initiative', 'brazil'),
  plan("President Volodymyr Zelensky's peace plan", 'zelensky'),
  place('Republic of Kazakhstan', 'kaz'),
  place('Kazakhstan', 'kaz'),
  place('Kassym-Jomart Tokayev', 'kaz'),
  place('Olaf Scholz', 'deu'),
  place('Russia', 'rus'),
  place('Moscow', 'moscow'),
  place('Putin', 'rus'),
  place('Ukraine', 'ukr'),
  place('Kyiv', 'kyiv'),
  place('China', 'chn'),
  place('Brazil', 'bra'),
  place('Luiz Inacio Lula da Silva', 'bra'),
  place('Kyrgyzstan', 'kgz'),
  place('Uzbekistan', 'uzb'),
  place('Turkmenistan', 'tkm'),
  place('Caspian Sea', 'caspian-sea'),
  place('Astana', 'astana'),
  place('Almaty', 'almaty'),
  place('Istanbul', 'istanbul'),
]
