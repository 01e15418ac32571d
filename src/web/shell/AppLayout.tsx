import {
  AppShell,
  Avatar,
  Badge,
  Burger,
  Container,
  Divider,
  Group,
  Menu,
  NavLink,
  Stack,
  Text,
  UnstyledButton,
  useMantineTheme,
} from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconAdjustments,
  IconBook2,
  IconCalendarTime,
  IconChartDots,
  IconChevronDown,
  IconFileImport,
  IconHome,
  IconKey,
  IconListCheck,
  IconLogout,
  IconMail,
  IconRepeat,
  IconShieldLock,
  IconTargetArrow,
  IconUserSearch,
  IconUsers,
} from "@tabler/icons-react";
import { useEffect } from "react";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { errorMessage } from "../api/client";
import type { Me } from "../api/types";
import { useSignOut } from "../auth/session";
import {
  canExportHistory,
  canImportHistory,
  canSeeAnalytics,
  canSeeCandidates,
  canSeePeople,
  roleLabels,
} from "../shared/format";
import { Logo } from "../shared/Logo";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

/** The frame around every signed-in page: header, navigation (a drawer on phones) and the account menu. */
export function AppLayout({ me }: { me: Me }) {
  const [navOpen, nav] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${Number.parseFloat(theme.breakpoints.sm) - 0.01}em)`);

  // On a phone the navigation covers the page: close it once a destination is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page
  useEffect(() => nav.close(), [location.pathname]);

  const links = [
    { to: "/", label: "Home", icon: IconHome, show: true },
    { to: "/interviews", label: "Interviews", icon: IconCalendarTime, show: true },
    { to: "/questions", label: "Questions", icon: IconBook2, show: true },
    { to: "/analytics", label: "Analytics", icon: IconChartDots, show: canSeeAnalytics(me.user.role) },
    { to: "/analytics/me", label: "My calibration", icon: IconTargetArrow, show: true },
    { to: "/candidates", label: "Candidates", icon: IconUserSearch, show: canSeeCandidates(me.user.role) },
    { to: "/second-looks", label: "Second looks", icon: IconRepeat, show: canSeeCandidates(me.user.role) },
    { to: "/people", label: "People", icon: IconUsers, show: canSeePeople(me.user.role) },
    {
      to: "/history",
      label: canImportHistory(me.user.role) ? "Import & export" : "Export",
      icon: IconFileImport,
      show: canExportHistory(me.user.role),
    },
    { to: "/settings/feedback", label: "Feedback settings", icon: IconAdjustments, show: me.user.role === "admin" },
    { to: "/settings/data", label: "Data and privacy", icon: IconShieldLock, show: me.user.role === "admin" },
    { to: "/audit", label: "Audit log", icon: IconListCheck, show: me.user.role === "admin" },
    { to: "/email", label: "Email", icon: IconMail, show: me.user.role === "admin" },
    { to: "/tokens", label: "API tokens", icon: IconKey, show: true },
  ].filter((link) => link.show);
  const activeLink = links
    .map((link) => link.to)
    .filter((to) =>
      to === "/" ? location.pathname === "/" : location.pathname === to || location.pathname.startsWith(`${to}/`),
    )
    .sort((a, b) => b.length - a.length)[0];

  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate("/sign-in", { replace: true }),
      onError: (error) =>
        notifications.show({ color: "red", title: "Could not sign out", message: errorMessage(error) }),
    });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navOpen } }}
      padding={{ base: "md", sm: "xl" }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? "Close navigation" : "Open navigation"}
            />
            <UnstyledButton component={Link} to="/" aria-label="Debrief home">
              <Logo size="md" />
            </UnstyledButton>
            <Divider orientation="vertical" visibleFrom="xs" my="md" />
            <Text fw={500} c="dimmed" truncate visibleFrom="xs" data-testid="organization-name">
              {me.organization.name}
            </Text>
          </Group>
          <Menu position="bottom-end" width={240} withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label={`Account: ${me.user.name}`} style={{ borderRadius: 8 }} p={4}>
                <Group gap="xs" wrap="nowrap">
                  <Avatar color="indigo" radius="xl" size={32}>
                    {initials(me.user.name)}
                  </Avatar>
                  <Stack gap={0} visibleFrom="sm">
                    <Text size="sm" fw={500} lh={1.2}>
                      {me.user.name}
                    </Text>
                    <Text size="xs" c="dimmed" lh={1.2}>
                      {roleLabels[me.user.role]}
                    </Text>
                  </Stack>
                  <IconChevronDown size={14} aria-hidden />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Stack gap={2} px="sm" py="xs">
                <Text size="sm" fw={500}>
                  {me.user.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {me.user.email}
                </Text>
                <Group gap={6} mt={4}>
                  <Badge size="sm" variant="light">
                    {roleLabels[me.user.role]}
                  </Badge>
                  <Text size="xs" c="dimmed" truncate>
                    {me.organization.name}
                  </Text>
                </Group>
              </Stack>
              <Menu.Divider />
              <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={handleSignOut}>
                Sign out
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>

      {/* Off-screen on a phone until opened: inert, so the keyboard does not tab through hidden links. */}
      <AppShell.Navbar p="sm" aria-label="Main navigation" inert={isPhone && !navOpen}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb="xs" hiddenFrom="xs">
          {me.organization.name}
        </Text>
        <Stack gap={4}>
          {links.map(({ to, label, icon: Icon }) => {
            // The most specific link wins: on /analytics/me, "My calibration" is current, not "Analytics".
            const active = to === activeLink;
            return (
              <NavLink
                key={to}
                component={Link}
                to={to}
                label={label}
                active={active}
                aria-current={active ? "page" : undefined}
                leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
                style={{ borderRadius: "var(--mantine-radius-md)" }}
              />
            );
          })}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
