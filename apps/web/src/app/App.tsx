export function App() {
  return (
    <main>
      <h1>Atelier</h1>
    </main>
  )
}
