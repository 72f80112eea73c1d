import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import {
  NavContentBlueprint,
  type NavContentNavItem,
} from '@backstage/plugin-app-react';
import { MyGroupsSidebarItem } from '@backstage/plugin-org';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import MenuIcon from '@material-ui/icons/Menu';
import GroupIcon from '@material-ui/icons/People';
import { SidebarLogo } from './SidebarLogo';

/** One page of the app in the sidebar, with the page's own icon and title. */
function NavItem(props: NavContentNavItem) {
  return (
    <SidebarItem icon={() => props.icon} to={props.href} text={props.title} />
  );
}

/**
 * The sidebar: Catalog, My Group, Create... and the gateways page (with any other page a
 * plugin adds), then the user's settings.
 */
export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: ({ navItems }) => {
      const scaffolder = navItems.take('page:scaffolder');
      const nav = navItems.withComponent(NavItem);

      return (
        <Sidebar>
          <SidebarLogo />
          <SidebarDivider />
          <SidebarGroup label="Menu" icon={<MenuIcon />}>
            {nav.take('page:catalog')}
            <MyGroupsSidebarItem
              singularTitle="My Group"
              pluralTitle="My Groups"
              icon={GroupIcon}
            />
            {scaffolder && <NavItem {...scaffolder} title="Create..." />}
            {nav.take('page:routing')}
            <SidebarDivider />
            <SidebarScrollWrapper>
              {nav.rest({ sortBy: 'title' })}
            </SidebarScrollWrapper>
          </SidebarGroup>
          <SidebarSpace />
          <SidebarDivider />
          <SidebarGroup
            label="Settings"
            icon={<UserSettingsSignInAvatar />}
            to="/settings"
          >
            {nav.take('page:user-settings')}
          </SidebarGroup>
        </Sidebar>
      );
    },
  },
});
