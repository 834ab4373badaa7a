import { profileById } from '../../server/src/engine/template/profiles';
import { deref, schemaFiles, type SchemaNode } from '../../server/src/engine/template/schemaStore';

export interface RequiredSection {
  path: string[];
  title: string;
}

/** Every required field of a profile, found by walking its schema's objects. */
export function requiredSections(profileId: string): RequiredSection[] {
  const profile = profileById(profileId);
  if (!profile) throw new Error(`No profile ${profileId}`);
  const found: RequiredSection[] = [];
  const walk = (node: SchemaNode, path: string[]) => {
    const { schema, file } = deref(node);
    for (const key of schema.required ?? []) {
      const child = schema.properties?.[key];
      if (!child) continue;
      const resolved = deref({ schema: child, file });
      found.push({ path: [...path, key], title: resolved.schema.title ?? key });
      if (resolved.schema.properties) walk(resolved, [...path, key]);
    }
  };
  walk({ schema: schemaFiles[profile.schema], file: profile.schema }, []);
  return found;
}
