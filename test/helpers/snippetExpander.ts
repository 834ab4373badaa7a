/**
 * Expands a VS Code snippet body with its defaults, as accepting every tab stop would:
 * `${1:text}` → text, `${1|a,b|}` → a, `$1`/`${1}` → '', variables → their values.
 */
export function expandSnippet(body: string, variables: Record<string, string> = defaultVariables()): string {
  let out = '';
  let i = 0;
  const readUntil = (closing: string): string => {
    let text = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length) {
        text += body[i + 1];
        i += 2;
      } else if (c === '$') {
        text += expandOne();
      } else if (closing.includes(c)) {
        return text;
      } else {
        text += c;
        i++;
      }
    }
    throw new Error(`Unclosed snippet element before: ${body.slice(i - 20)}`);
  };
  const expandOne = (): string => {
    i++; // $
    const simple = /^(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (simple) {
      i += simple[0].length;
      return /^\d/.test(simple[0]) ? '' : (variables[simple[0]] ?? '');
    }
    if (body[i] !== '{') return '$';
    i++;
    const name = /^(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (!name) throw new Error(`Bad snippet element at ${i}`);
    i += name[0].length;
    if (body[i] === '}') {
      i++;
      return /^\d/.test(name[0]) ? '' : (variables[name[0]] ?? '');
    }
    if (body[i] === ':') {
      i++;
      const text = readUntil('}');
      i++;
      return /^\d/.test(name[0]) ? text : (variables[name[0]] ?? text);
    }
    if (body[i] === '|') {
      i++;
      const choices: string[] = [];
      for (;;) {
        choices.push(readUntil(',|'));
        if (body[i++] === '|') break;
      }
      if (body[i++] !== '}') throw new Error('Bad choice element');
      return choices[0];
    }
    throw new Error(`Bad snippet element at ${i}: ${body.slice(i, i + 20)}`);
  };
  while (i < body.length) {
    if (body[i] === '\\' && i + 1 < body.length) {
      out += body[i + 1];
      i += 2;
    } else if (body[i] === '$') out += expandOne();
    else out += body[i++];
  }
  return out;
}

function defaultVariables(): Record<string, string> {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { CURRENT_YEAR: String(now.getFullYear()), CURRENT_MONTH: pad(now.getMonth() + 1), CURRENT_DATE: pad(now.getDate()) };
}
