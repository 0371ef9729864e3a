import { Banner } from './banner';
import type { ProblemForm } from './use-problem-form';

/** The failed submit's message above a form, with the violations no field shows. */
export function FormBanner({ banner }: { banner: ProblemForm['banner'] }) {
  if (!banner) return null;
  return (
    <Banner kind="error">
      <p>{banner.message}</p>
      {banner.details.length > 0 && (
        <ul>
          {banner.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </Banner>
  );
}
