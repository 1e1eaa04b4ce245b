export { CatalogService, AUTO_CHECK_EVERY_DAYS, type CatalogServiceOptions } from './catalog-service.ts';
export { catalogDir, CATALOG_DIR_ENV, DEFAULT_CATALOG_URL } from './catalog-files.ts';
export { acceptCatalog, parseCatalog, CATALOG_MAX_BYTES } from './accept-catalog.ts';
export { parseMinisignPublicKey, verifyMinisign, keyIdHex } from './minisign.ts';
export { trustedCatalogKey, CATALOG_KEY_ENV, RELEASE_CATALOG_KEY } from './trusted-key.ts';
export { readSignedCatalogFile, readSignedCatalogUrl, uploadedSignedCatalog, type SignedCatalog } from './read-signed-catalog.ts';
