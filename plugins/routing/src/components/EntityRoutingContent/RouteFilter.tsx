import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import SearchIcon from '@material-ui/icons/Search';

/** Props of {@link RouteFilter}. */
export interface RouteFilterProps {
  value: string;
  onChange: (value: string) => void;
}

/** The filter box over the routes: words to find in a route's names, hosts and status. */
export function RouteFilter({ value, onChange }: RouteFilterProps) {
  return (
    <TextField
      value={value}
      onChange={event => onChange(event.target.value)}
      placeholder="Filter by name, host, cluster, status…"
      variant="outlined"
      size="small"
      inputProps={{ 'aria-label': 'Filter routes' }}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
      }}
    />
  );
}
