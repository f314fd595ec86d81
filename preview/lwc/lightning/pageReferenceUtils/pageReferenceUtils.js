// Preview stand-in for lightning/pageReferenceUtils: default field values for a "new record" page
// reference, encoded as the platform does (`Field=value,Field2=value`, values URI-encoded).

export function encodeDefaultFieldValues(fieldValues) {
    return Object.entries(fieldValues ?? {})
        .map(([field, value]) => `${field}=${encodeURIComponent(String(value))}`)
        .join(',');
}

export function decodeDefaultFieldValues(encoded) {
    return Object.fromEntries(
        String(encoded ?? '')
            .split(',')
            .filter((pair) => pair.includes('='))
            .map((pair) => {
                const [field, ...value] = pair.split('=');
                return [field, decodeURIComponent(value.join('='))];
            })
    );
}
