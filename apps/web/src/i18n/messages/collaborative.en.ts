/**
 * English strings for managing the people of a collaborative (pending invitations, members);
 * merged into en.ts beside the collaborative page's other strings.
 */
export const collaborativeEn = {
  'invitations.revoke': 'Withdraw invitation',
  'invitations.revokeLabel': 'Withdraw invitation for {name}',
  'invitations.revokeTitle': 'Withdraw the invitation for {name}?',
  'invitations.revokeExplain':
    'The link sent to {email} will stop working, and {name} will not be able to join with it. You can invite them again later.',
  'invitations.keep': 'Keep it',
  'invitations.revoked': 'The invitation for {name} was withdrawn.',

  'members.actions': 'Actions',
  'members.edit': 'Change roles',
  'members.editLabel': 'Change roles of {name}',
  'members.editTitle': 'Roles of {name}',
  'members.ownRoles':
    'These are your own roles. Without Administrator, you will no longer be able to manage members or set up the collaborative.',
  'members.lastAdminRole':
    '{name} is the only administrator. Make someone else an administrator before taking this role away.',
  'members.save': 'Save roles',
  'members.cancel': 'Cancel',
  'members.saved': 'The roles of {name} were saved.',
  'members.remove': 'Remove',
  'members.removeLabel': 'Remove {name}',
  'members.removeTitle': 'Remove {name} from {collaborative}?',
  'members.removeLoses': '{name} will no longer be a member of {collaborative} and will lose:',
  'members.loseAccess': 'access to its meetings, motions, fund and reports',
  'members.loseRoles': 'these roles:',
  'members.loseSeat': 'the seat “{seat}”, which becomes vacant',
  'members.loseAlternate': 'their place as alternate for “{seat}”',
  'members.removeKeeps':
    'Votes they cast and what they wrote stay on record. To bring them back, invite them again.',
  'members.removeSelf': 'This is you: you will lose access to {collaborative} as soon as you confirm.',
  'members.removeLastAdmin':
    '{name} is the only administrator of {collaborative}, which needs at least one. Make someone else an administrator first.',
  'members.removeConfirm': 'Remove {name}',
  'members.keep': 'Keep member',
  'members.removed': '{name} is no longer a member.',
} as const;
