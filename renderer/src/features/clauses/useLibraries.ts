// Loads the shipped libraries at once and the shared-folder ones from the platform, and lets the
// manager replace a library in memory after an edit or an import.
import { useCallback, useEffect, useState } from 'react';
import type { PlatformApi, Settings } from '../../../../core/platform/contract';
import type { ClauseLibrary } from '../../../../core/clauses';
import { assemble, shippedFiles, withLibrary } from './sources';
import type { LibrarySet } from './sources';

export function useLibraries(platform: PlatformApi, settings: Settings) {
  const [set, setSet] = useState<LibrarySet>(() => assemble(shippedFiles()));
  const [folderError, setFolderError] = useState<string | null>(null);
  const folders = settings.libraryFolders.join('\n');

  const reload = useCallback(async () => {
    const shipped = shippedFiles();
    if (folders === '') {
      setSet(assemble(shipped));
      return;
    }
    const r = await platform.readLibraryFiles();
    if (!r.ok) {
      setFolderError(r.error);
      setSet(assemble(shipped));
      return;
    }
    setFolderError(null);
    setSet(assemble([...shipped, ...r.value.map((f) => ({ file: f.path, text: f.text }))]));
  }, [platform, folders]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const replace = useCallback((library: ClauseLibrary, file: string) => setSet((s) => withLibrary(s, library, file)), []);
  return { set, folderError, reload, replace };
}
