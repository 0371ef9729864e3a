import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getAreas } from './families-api';

/** The districts (with streets) the caller may pick: a district coordinator gets their own district only. */
export function useAreas(onlyDistrict?: string) {
  const client = useApiClient();
  const areas = useAsync(() => getAreas(client), [client]);
  const visible = onlyDistrict ? areas.data?.filter((a) => a.code === onlyDistrict) : areas.data;
  return { ...areas, data: visible };
}
