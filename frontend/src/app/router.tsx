import { useMemo } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { useSession } from '@/lib/session';
import { routesFor } from './routes';

export function AppRouter() {
  const { caller } = useSession();
  const router = useMemo(() => createBrowserRouter(routesFor(caller)), [caller]);
  return <RouterProvider router={router} />;
}
