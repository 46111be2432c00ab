import { useId } from 'react';
import type { Fleet } from '../api/types.js';
import { folderLabel } from '../labels.js';

/**
 * The agents table's Owner and Folder filters (`owner=`, `folder=` of /api/agents), offered from the
 * overview's roll-ups. A value from the address bar that no roll-up row names (a folder one level up, an
 * owner in another case) is kept as an option of its own, so the select shows what the table applies.
 */

function choices(known: readonly string[], current: string): string[] {
  const listed = known.some((value) => value.toLowerCase() === current.toLowerCase());
  return current === '' || listed ? [...known] : [current, ...known];
}

export function OwnerFolderFilters({ fleet, owner, folder, onChange }: { fleet: Fleet; owner: string; folder: string; onChange: (patch: { owner?: string; folder?: string }) => void }) {
  const ownerId = useId();
  const folderId = useId();
  const counts = new Map((fleet.owners ?? []).map((entry) => [entry.owner.toLowerCase(), entry.agents]));
  // The select's value must be one of its options: the roll-up's spelling of an owner typed in another case.
  const ownerValue = (fleet.owners ?? []).find((entry) => entry.owner.toLowerCase() === owner.toLowerCase())?.owner ?? owner;
  const owners = choices((fleet.owners ?? []).map((entry) => entry.owner).sort((a, b) => a.localeCompare(b)), ownerValue);
  const folders = choices(fleet.folders.map((entry) => entry.folder).sort((a, b) => a.localeCompare(b)), folder);
  return (
    <>
      {/* Owners are read from the server's workspace: without one there is nothing to offer (unless the address names one). */}
      {fleet.owners !== undefined || owner !== '' ? (
        <div className="field">
          <label htmlFor={ownerId}>Owner</label>
          <select id={ownerId} value={ownerValue} onChange={(event) => onChange({ owner: event.target.value })}>
            <option value="">All owners</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {counts.has(name.toLowerCase()) ? `${name} (${counts.get(name.toLowerCase())})` : name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={folderId}>Folder</label>
        <select id={folderId} value={folder} onChange={(event) => onChange({ folder: event.target.value })}>
          <option value="">All folders</option>
          {folders.map((name) => (
            <option key={name} value={name}>
              {folderLabel(name)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
