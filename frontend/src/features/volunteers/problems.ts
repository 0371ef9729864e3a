import { ApiProblem } from '@/lib/api-client';

/**
 * volunteer-service names a list element's violation by its index (`qualifications[2]`, `familyIds[14]`); a form has
 * one control per list, so the message belongs at the list's control.
 */
export async function atListControls<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiProblem && error.violations.length > 0) {
      throw new ApiProblem({
        ...error.problem,
        violations: error.violations.map((v) => ({ ...v, field: v.field.replace(/\[\d+\].*$/, '') })),
      });
    }
    throw error;
  }
}

/** "闽南话、普通话" or "闽南话, 普通话" → ["闽南话", "普通话"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
