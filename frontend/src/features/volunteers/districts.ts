/** Xiamen's six districts, as every service knows them. */
export const DISTRICTS = ['350203', '350205', '350206', '350211', '350212', '350213'] as const;
