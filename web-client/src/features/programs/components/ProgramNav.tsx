import { NavLink } from 'react-router-dom';

/** The teacher's three places: the programs, my programs, 我的. */
export function ProgramNav() {
  return (
    <nav className="program-nav" aria-label="主导航">
      <NavLink to="/programs" end>培训</NavLink>
      <NavLink to="/me/programs">我的培训</NavLink>
      <NavLink to="/me">我的</NavLink>
    </nav>
  );
}
